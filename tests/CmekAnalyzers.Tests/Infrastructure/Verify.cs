using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CmekAnalyzers.Tests.Infrastructure;

/// <summary>Runs one analyzer (and its fix) on C# snippets that compile against the Google API surface.</summary>
internal static class Verify<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(new TAnalyzer().SupportedDiagnostics.Single(d => d.Id == id));

    /// <summary>Markup <c>{|CMEK001:...|}</c> marks expected spans; plain text expects silence.</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
        => AnalyzerAsync(new[] { source }, expected);

    public static async Task AnalyzerAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = Create();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static Task FixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
        => FixAsync(new[] { source }, new[] { fixedSource }, expected);

    public static async Task FixAsync(string[] sources, string[] fixedSources, params DiagnosticResult[] expected)
    {
        var test = Create();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var source in fixedSources)
        {
            test.FixedState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.Net80Offline,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Google);
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        return test;
    }
}
