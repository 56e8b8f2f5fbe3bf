using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using CmekAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CmekAnalyzers.Fuzz;

/// <summary>
/// Compiles sources with every analyzer of the package and runs every code fix on what they report. Anything thrown by an
/// analyzer (the compiler catches it and reports AD0001) or by a fixer surfaces as a <see cref="FuzzFailure"/>.
/// </summary>
internal sealed class Harness
{
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = AllRules.Analyzers;

    public static readonly ImmutableArray<CodeFixProvider> Fixers = typeof(CodeFixes.EndpointCodeFixProvider).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private readonly Project _project;

    public Statistics Stats { get; } = new();

    private Harness(Project project) => _project = project;

    public static async Task<Harness> CreateAsync()
    {
        var framework = await TestReferences.Net80Offline.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var project = new AdhocWorkspace().CurrentSolution
            .AddProject("Fuzzed", "Fuzzed", LanguageNames.CSharp)
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .AddMetadataReferences(framework.AddRange(TestReferences.Google));
        return new Harness(project);
    }

    /// <summary>A project with the given files (File0.cs, File1.cs...).</summary>
    public Project ProjectOf(IReadOnlyList<string> files, OutputKind outputKind)
    {
        var project = _project.WithCompilationOptions(_project.CompilationOptions!.WithOutputKind(outputKind));
        for (var i = 0; i < files.Count; i++)
        {
            project = project.AddDocument($"File{i}.cs", SourceText.From(files[i]), filePath: $"/fuzz/File{i}.cs").Project;
        }

        return project;
    }

    /// <summary>Runs all analyzers on the project; returns the CMEK diagnostics. Throws FuzzFailure on any analyzer exception.</summary>
    public async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken))!;
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            Environments.For(compilation),
            (exception, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken);
        Stats.Compiled();

        var crashes = diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()).Concat(exceptions).ToList();
        if (crashes.Count > 0)
        {
            throw new FuzzFailure("analyzer exception", string.Join(Environment.NewLine, crashes));
        }

        var cmek = diagnostics.Where(d => d.Id.StartsWith("CMEK", StringComparison.Ordinal)).ToImmutableArray();
        foreach (var diagnostic in cmek)
        {
            Stats.Reported(diagnostic.Id);
        }

        return cmek;
    }

    /// <summary>
    /// Registers every fix for the diagnostic, applies each action's operations and reads the changed documents back.
    /// With <paramref name="reanalyze"/>, the fixed project goes through the analyzers again (fix output is input too).
    /// </summary>
    public async Task FixAsync(Project project, Diagnostic diagnostic, bool reanalyze, CancellationToken cancellationToken)
    {
        var document = project.Solution.GetDocument(diagnostic.Location.SourceTree);
        if (document is null)
        {
            return;
        }

        foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            var actions = new List<CodeAction>();
            await Guard("code fix " + fixer.GetType().Name + " (register)", () =>
                fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken)));
            foreach (var action in actions)
            {
                var changed = await ApplyAsync(action, fixer.GetType().Name, project.Solution, cancellationToken);
                Stats.Fixed(diagnostic.Id);
                if (reanalyze && changed is not null)
                {
                    await AnalyzeAsync(changed.GetProject(project.Id)!, cancellationToken);
                }
            }
        }
    }

    /// <summary>The FixAll provider of each fixer, on the whole project, for the ids it fixes.</summary>
    public async Task FixAllAsync(Project project, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        foreach (var fixer in Fixers)
        {
            var fixable = diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)).ToList();
            if (fixable.Count == 0 || fixer.GetFixAllProvider() is not { } fixAll)
            {
                continue;
            }

            foreach (var group in fixable.GroupBy(d => d.Id))
            {
                var first = group.First();
                var document = project.Solution.GetDocument(first.Location.SourceTree)!;
                var actions = new List<CodeAction>();
                await Guard("code fix " + fixer.GetType().Name + " (register)", () =>
                    fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (action, _) => actions.Add(action), cancellationToken)));
                foreach (var key in actions.Select(a => a.EquivalenceKey).Distinct())
                {
                    var context = new FixAllContext(document, fixer, FixAllScope.Project, key, new[] { group.Key }, new FixedDiagnostics(group.ToImmutableArray()), cancellationToken);
                    CodeAction? all = null;
                    await Guard("fix all " + fixer.GetType().Name, async () => all = await fixAll.GetFixAsync(context));
                    if (all is not null)
                    {
                        await ApplyAsync(all, fixer.GetType().Name + " (fix all)", project.Solution, cancellationToken);
                        Stats.FixedAll(group.Key);
                    }
                }
            }
        }
    }

    private static async Task<Solution?> ApplyAsync(CodeAction action, string fixer, Solution before, CancellationToken cancellationToken)
    {
        Solution? changed = null;
        await Guard("code fix " + fixer + " (apply '" + action.Title + "')", async () =>
        {
            foreach (var operation in await action.GetOperationsAsync(cancellationToken))
            {
                if (operation is ApplyChangesOperation apply)
                {
                    changed = apply.ChangedSolution;
                    foreach (var id in changed.GetChanges(before).GetProjectChanges().SelectMany(p => p.GetChangedDocuments()))
                    {
                        (await changed.GetDocument(id)!.GetSyntaxRootAsync(cancellationToken))!.ToFullString();
                    }
                }
            }
        });
        return changed;
    }

    private static async Task Guard(string what, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not FuzzFailure)
        {
            throw new FuzzFailure(what + " threw", exception.ToString());
        }
    }

    /// <summary>FixAll asks for the diagnostics of its scope: these are the ones the analyzers just reported.</summary>
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}

/// <summary>An analyzer or fixer threw: what did, and the exception text.</summary>
internal sealed class FuzzFailure(string what, string details) : Exception(what)
{
    public string Details { get; } = details;
}
