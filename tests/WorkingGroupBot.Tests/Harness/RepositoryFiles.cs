namespace WorkingGroupBot.Tests.Harness;

public static class RepositoryFiles
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds WorkingGroupBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Find(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{relativePath} is missing; run 'npm ci' in the repository root first", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkingGroupBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("WorkingGroupBot.sln not found above " + AppContext.BaseDirectory);
    }
}
