namespace Analytics.AppHost.Redis;

/// <summary>How the AppHost provides Redis in run mode (setting <c>Redis:Mode</c>).</summary>
public enum RedisMode
{
    /// <summary>Pick the first that works: container, local, garnet.</summary>
    Auto,
    /// <summary>The Redis container image, through a container engine.</summary>
    Container,
    /// <summary><c>redis-server</c> from PATH, run as an executable resource.</summary>
    Local,
    /// <summary>Microsoft Garnet, embedded in the AppHost process.</summary>
    Garnet,
    /// <summary>A server the user runs, given as <c>ConnectionStrings:cache</c>.</summary>
    External,
}
