using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using CmekAnalyzers.CodeFixes;
using CmekAnalyzers.Rules;
using CmekBench.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CmekBench;

/// <summary>Outcome of applying the CMEK002 fix to every occurrence of a solution at once.</summary>
internal sealed record FixAllResult(int Occurrences, int Documents, double FixMs, int ErrorsAfter, int Cmek002After, string? FirstError);

/// <summary>
/// FixAll: a solution whose files hold <c>occurrences</c> CMEK002 diagnostics (SpeechClient.Create() with a regional key),
/// fixed in one go through the EndpointCodeFixProvider's FixAllProvider with scope Solution, as an IDE's "Fix all in solution".
/// </summary>
internal static class FixAllBench
{
    private const int PerFile = 5;
    private static readonly (string Speech, string Kms)[] Locations = [("europe-west4", "europe-west4"), ("us-central1", "us-central1"), ("eu", "europe")];

    public static async Task<FixAllResult> RunAsync(int occurrences, BenchInputs inputs)
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var project = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Create(), "FixAll", "FixAll", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: inputs.WithGoogle)).GetProject(projectId)!;
        foreach (var file in Files(occurrences))
        {
            project = project.AddDocument(file.Path, SourceText.From(file.Text), filePath: file.Path).Project;
        }

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new Cmek002RegionalKeyGlobalEndpointAnalyzer());
        var diagnostics = await Cmek002Async(project, analyzers);
        if (diagnostics.Length == 0)
        {
            throw new InvalidOperationException("The FixAll corpus produced no CMEK002 diagnostic.");
        }

        var provider = new EndpointCodeFixProvider();
        var firstDocument = project.GetDocument(diagnostics[0].Location.SourceTree)!;
        var equivalenceKey = await EquivalenceKeyAsync(provider, firstDocument, diagnostics[0]);
        var fixAllProvider = provider.GetFixAllProvider()!;

        var watch = Stopwatch.StartNew();
        var context = new FixAllContext(
            firstDocument, provider, FixAllScope.Solution, equivalenceKey, [diagnostics[0].Id], new Provider(diagnostics), CancellationToken.None);
        var action = await fixAllProvider.GetFixAsync(context) ?? throw new InvalidOperationException("FixAll offered no action.");
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var fixedSolution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        watch.Stop();

        var fixedProject = fixedSolution.GetProject(project.Id)!;
        var changed = fixedProject.GetChanges(project).GetChangedDocuments().Count();
        var compilation = (await fixedProject.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var after = await Cmek002Async(fixedProject, analyzers);
        return new FixAllResult(diagnostics.Length, changed, watch.Elapsed.TotalMilliseconds, errors.Count, after.Length, errors.FirstOrDefault()?.ToString());
    }

    private static async Task<ImmutableArray<Diagnostic>> Cmek002Async(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(d => d.Id == "CMEK002").ToImmutableArray();
    }

    /// <summary>The key of the action the provider offers for one diagnostic: FixAll applies the actions with that key.</summary>
    private static async Task<string> EquivalenceKeyAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions.FirstOrDefault()?.EquivalenceKey ?? throw new InvalidOperationException("No code fix offered for " + diagnostic);
    }

    private static IEnumerable<GeneratedFile> Files(int occurrences)
    {
        for (var file = 0; file * PerFile < occurrences; file++)
        {
            var text = new StringBuilder($$"""
                using Google.Cloud.Speech.V2;
                using Google.Protobuf.WellKnownTypes;

                namespace Bench.FixAll;

                public static class CmekSetup{{file}}
                {

                """);
            for (var i = 0; i < PerFile && file * PerFile + i < occurrences; i++)
            {
                var (speech, kms) = Locations[(file + i) % Locations.Length];
                text.Append($$"""
                        public static Config Enable{{i}}(string project)
                        {
                            var speech = SpeechClient.Create();
                            var config = new Config
                            {
                                Name = ConfigName.FormatProjectLocation(project, "{{speech}}"),
                                KmsKeyName = CryptoKeyName.FormatProjectLocationKeyRingCryptoKey(project, "{{kms}}", "ring", "key-{{i}}"),
                            };
                            return speech.UpdateConfig(config, new FieldMask { Paths = { "kms_key_name" } });
                        }

                    """);
            }

            yield return new GeneratedFile($"FixAll/Enable{file:D4}.cs", text.Append("}\n").ToString());
        }
    }

    /// <summary>Hands FixAll the diagnostics computed once, per document.</summary>
    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
