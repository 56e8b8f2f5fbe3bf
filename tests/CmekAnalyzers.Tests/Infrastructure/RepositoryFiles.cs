namespace CmekAnalyzers.Tests.Infrastructure;

/// <summary>Files of this repository (docs, README, samples), found from the test binaries upwards.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CmekAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CmekAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
