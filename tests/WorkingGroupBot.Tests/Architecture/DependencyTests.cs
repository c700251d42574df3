using System.Xml.Linq;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Architecture;

/// <summary>
/// The rooms of the code and who may call whom (docs/architecture.md). WorkingGroupBot.Domain holds the records, rules,
/// schedules, store ports and texts; the compiler keeps it from Core. Inside Core each folder may use Domain and the
/// folders to its left; Storage implements the ports and uses only Domain; only the composition root (Core's root
/// files) and the host reference Storage; Azure stays in Storage, the Bot Framework in the host.
/// </summary>
public sealed class DependencyTests
{
    private static readonly string[][] CoreOrder =
    [
        ["Conversations"], ["Cards"], ["Reminders"], ["Members"], ["Plans"], ["Meetings"], ["Dashboard"], ["Delivery"],
        ["Exports"], ["Links", "Calendar"], ["Installation"], ["Commands"],
    ];

    private const string Storage = "Storage";

    [Fact]
    public void Core_folders_use_only_the_domain_and_the_folders_to_their_left()
    {
        var found = Violations().Select(v => v.ToString()).ToList();

        Assert.True(found.Count == 0, "Code reaches a room it may not:\n" + string.Join('\n', found));
    }

    [Fact]
    public void The_domain_project_has_no_azure_bot_or_web_reference()
    {
        var project = XDocument.Load(Path.Combine(RepositoryFiles.Root, "src", "WorkingGroupBot.Domain", "WorkingGroupBot.Domain.csproj"));
        var references = project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference" or "ProjectReference")
            .Select(e => $"{e.Name.LocalName} {e.Attribute("Include")?.Value}")
            .ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("PackageReference Azure", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(references, r => r.Contains("Microsoft.Bot", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(references, r => r.StartsWith("FrameworkReference", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("ProjectReference", StringComparison.Ordinal));
    }

    private static IEnumerable<Violation> Violations()
    {
        var domain = SourceFile.In("WorkingGroupBot.Domain");
        var core = SourceFile.In("WorkingGroupBot.Core");
        var coreTypes = core.Where(f => f.Folder != "")
            .SelectMany(f => f.DeclaredTypes.Select(t => (f.Folder, Type: t)))
            .Distinct()
            .ToList();
        var coreOnly = core.Select(f => f.Folder).Except(domain.Select(f => f.Folder)).Where(f => f != "").ToHashSet();

        foreach (var file in domain.Concat(core))
        {
            foreach (var outside in new[] { "Azure", "Microsoft.Bot" }.Where(file.Reaches))
            {
                // The composition root (Core's root files) builds the TableServiceClient that Storage uses.
                if (outside != "Azure" || file.Project != "WorkingGroupBot.Core" || file.Folder is not (Storage or ""))
                {
                    yield return new(file, outside, []);
                }
            }
        }

        foreach (var file in core.Where(f => f.Folder != ""))
        {
            if (file.Folder != Storage && Rank(file.Folder) is null)
            {
                yield return new(file, "a folder without a place in CoreOrder and docs/architecture.md", []);
                continue;
            }

            var reached = coreTypes
                .Where(t => t.Folder != file.Folder && file.Uses("WorkingGroupBot." + t.Folder, t.Type))
                .GroupBy(t => t.Folder, t => t.Type)
                .ToDictionary(g => g.Key, g => g.ToList());

            // A namespace only Core has is reached by importing it, even where no type of it is named (extension methods).
            foreach (var folder in coreOnly.Where(f => f != file.Folder && file.Usings.Contains("WorkingGroupBot." + f)))
            {
                reached.TryAdd(folder, ["using"]);
            }

            foreach (var (folder, types) in reached.Where(r => !MayUse(file.Folder, r.Key)))
            {
                yield return new(file, folder, types);
            }
        }
    }

    private static bool MayUse(string from, string to) =>
        from == Storage ? false : to != Storage && Rank(to) <= Rank(from);

    private static int? Rank(string folder) =>
        Array.FindIndex(CoreOrder, rank => rank.Contains(folder)) is var i and >= 0 ? i : null;

    private sealed record Violation(SourceFile File, string Reached, IReadOnlyList<string> Types)
    {
        public override string ToString() =>
            Types.Count == 0 ? $"{File.Name} -> {Reached}" : $"{File.Name} -> {Reached} ({string.Join(", ", Types)})";
    }
}
