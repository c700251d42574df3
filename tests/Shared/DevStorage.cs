namespace WorkingGroupBot.Testing;

/// <summary>The Table Storage emulator's development account (Azurite's published default key, not a secret).</summary>
public static class DevStorage
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The connection string of the development account behind a table endpoint.</summary>
    /// <param name="endpoint">e.g. http://127.0.0.1:10002, without the account.</param>
    public static string ConnectionString(string endpoint) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint={endpoint}/devstoreaccount1;";

    /// <summary>The table endpoint (without the account) a connection string of <see cref="ConnectionString"/> names.</summary>
    public static string EndpointOf(string connectionString) =>
        new Uri(connectionString.Split(';').Single(p => p.StartsWith("TableEndpoint=", StringComparison.Ordinal))["TableEndpoint=".Length..]).GetLeftPart(UriPartial.Authority);
}
