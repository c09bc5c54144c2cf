namespace Analytics.ExternalStub.Faults;

internal static class FaultRegistration
{
    public static IHostApplicationBuilder AddFaultInjection(this IHostApplicationBuilder builder)
    {
        builder.Services.AddFaultOptions(builder.Configuration);
        builder.Services.AddSingleton<FaultInjector>();
        return builder;
    }

    /// <summary>Puts the endpoints under the fault plan.</summary>
    public static TBuilder WithFaultInjection<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, FaultInjectionFilter>();
}
