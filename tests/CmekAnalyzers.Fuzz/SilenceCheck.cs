using CmekAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CmekAnalyzers.Fuzz;

/// <summary>
/// Every C# file of the repository that does not mention Google.Cloud.Speech (src/**, tests/**) is analyzed with the
/// Speech references present: the analyzers must report nothing on code that does not use Speech.
/// </summary>
internal static class SilenceCheck
{
    public static async Task<IReadOnlyList<string>> RunAsync(Harness harness)
    {
        var files = new[] { "src", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryFiles.PathOf(folder), "*.cs", SearchOption.AllDirectories))
            .Where(Seeds.IsSource)
            .Where(path => !File.ReadAllText(path).Contains("Google.Cloud.Speech", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var noisy = new List<string>();
        foreach (var path in files)
        {
            var project = harness.ProjectOf(new[] { File.ReadAllText(path), Seeds.ImplicitUsings }, OutputKind.DynamicallyLinkedLibrary);
            foreach (var diagnostic in await harness.AnalyzeAsync(project, CancellationToken.None))
            {
                noisy.Add(Path.GetRelativePath(RepositoryFiles.Root, path) + ": " + diagnostic);
            }
        }

        Console.WriteLine($"silence: {files.Count} non-Speech files analyzed, {noisy.Count} CMEK diagnostics");
        return noisy;
    }
}
