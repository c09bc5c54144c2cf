namespace Analytics.Api.Root;

/// <summary>What <c>GET /</c> answers: who this is and where its documentation lives.</summary>
internal sealed record ServiceInfo(string Name, string Version, string Docs);
