using WorkingGroupBot.Texts;

namespace WorkingGroupBot.Members;

/// <summary>
/// An institution (iestāde) the group's members represent, e.g. the orphan's court: its representatives (pārstāvji) and
/// its deputy (aizvietotājs), all from the group's roster. A built-in one keeps its text key, so each reader sees it in
/// their own language; one the chairs name keeps its name.
/// </summary>
public sealed record Institution
{
    /// <summary>A group has at most this many institutions.</summary>
    public const int Max = 30;

    /// <summary>The kinds Latvian cooperation groups usually have (Cabinet Regulation No. 545), in this order.</summary>
    public static readonly IReadOnlyList<TextKey> BuiltIn =
    [
        TextKey.InstitutionOrphansCourt,
        TextKey.InstitutionSocialService,
        TextKey.InstitutionMunicipalPolice,
        TextKey.InstitutionStatePolice,
        TextKey.InstitutionEducation,
        TextKey.InstitutionHealth,
        TextKey.InstitutionYouthWork,
        TextKey.InstitutionNgo,
    ];

    public required string Id { get; init; }
    public TextKey? Kind { get; init; }
    public string? Name { get; init; }
    public IReadOnlyList<string> Representatives { get; init; } = [];
    public string? Deputy { get; init; }

    public string DisplayName(TextSet texts) => Name ?? (Kind is { } kind ? texts[kind] : Id);

    /// <summary>Whether the person is its representative or its deputy.</summary>
    public bool Has(string aadObjectId) => Representatives.Contains(aadObjectId) || Deputy == aadObjectId;

    /// <summary>The built-in kinds in their usual order, then the named ones by name.</summary>
    public static IReadOnlyList<Institution> Ordered(IEnumerable<Institution> institutions, TextSet texts) =>
        Ordered(institutions, i => i, texts);

    /// <summary>Things of institutions (e.g. each one's part of the plan) in the institutions' order.</summary>
    public static IReadOnlyList<T> Ordered<T>(IEnumerable<T> items, Func<T, Institution> institution, TextSet texts) =>
        items
            .OrderBy(x => institution(x).Kind is { } kind ? BuiltIn.ToList().IndexOf(kind) : BuiltIn.Count)
            .ThenBy(
                x => institution(x).DisplayName(texts),
                StringComparer.Create(texts.Language.Culture(), ignoreCase: true)
            )
            .ToList();

    /// <summary>The institution a person belongs to, or null.</summary>
    public static Institution? Of(IEnumerable<Institution> institutions, string aadObjectId) =>
        institutions.FirstOrDefault(i => i.Has(aadObjectId));
}
