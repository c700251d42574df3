namespace WorkingGroupBot.Tests.Harness;

/// <summary>A Teams user: the 29: id the bot sees, the stable AAD object id, a name and a UPN.</summary>
public sealed record TestUser(string Id, string AadObjectId, string Name, string Upn)
{
    public static TestUser Create(string name)
    {
        var aad = Guid.NewGuid().ToString();
        var login = name.Split(' ')[0].ToLowerInvariant();
        return new TestUser("29:" + aad.Replace("-", ""), aad, name, $"{login}@example.lv");
    }
}
