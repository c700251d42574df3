using System.Text.RegularExpressions;
using WorkingGroupBot.Tests.Harness;

namespace WorkingGroupBot.Tests.Architecture;

/// <summary>
/// One .cs file of a project under src/, reduced to its code: comments and plain string literals are removed, so a type
/// named in a comment or a text does not count as a use. Interpolated strings stay: their holes are code.
/// </summary>
public sealed partial record SourceFile(string Project, string Path, string Namespace, IReadOnlyList<string> Usings, string Code)
{
    /// <summary>The feature folder the file sits in; empty for files at the project's root (the composition root).</summary>
    public string Folder => Path.Contains('/') ? Path[..Path.IndexOf('/')] : "";

    public string Name => $"{Project.Replace("WorkingGroupBot.", "", StringComparison.Ordinal)}/{Path}";

    public IEnumerable<string> DeclaredTypes => Declaration().Matches(Code).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);

    public static IReadOnlyList<SourceFile> In(string project)
    {
        var dir = System.IO.Path.Combine(RepositoryFiles.Root, "src", project);
        return Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Select(f => Read(project, f, File.ReadAllText(System.IO.Path.Combine(dir, f))))
            .ToList();
    }

    /// <summary>Whether the code names the type where the namespace is in reach: its own, imported, or written out.</summary>
    public bool Uses(string @namespace, string type) =>
        (Namespace == @namespace || Usings.Contains(@namespace)) && Regex.IsMatch(Code, $@"(?<![\w.]){type}\b")
        || Regex.IsMatch(Code, $@"(?<![\w.]){Regex.Escape(@namespace)}\.{type}\b");

    /// <summary>Whether the code reaches into a namespace at all: imports it, or writes out one of its names.</summary>
    public bool Reaches(string @namespace) =>
        Usings.Any(u => u == @namespace || u.StartsWith(@namespace + ".", StringComparison.Ordinal))
        || Regex.IsMatch(Code, $@"(?<![\w.]){Regex.Escape(@namespace)}\.\w");

    private static SourceFile Read(string project, string path, string text)
    {
        var code = CommentOrString().Replace(text, m => m.Value.StartsWith('$') ? m.Value : m.Value.StartsWith('/') ? " " : "\"\"");
        var ns = FileNamespace().Match(code);
        var usings = Using().Matches(code).Select(m => m.Groups[1].Value).ToList();
        var body = ns.Success ? code[(ns.Index + ns.Length)..] : code;
        return new SourceFile(project, path, ns.Success ? ns.Groups[1].Value : "", usings, body);
    }

    [GeneratedRegex(@"\$@?""(?:[^""\\]|\\.)*""|@""(?:[^""]|"""")*""|""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)+'|//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^using (?:static )?([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"\b(?:class|record|interface|enum|struct)\s+([A-Z]\w*)|\bdelegate\s+[\w<>?,\s]+?\s([A-Z]\w*)\s*[<(]")]
    private static partial Regex Declaration();
}
