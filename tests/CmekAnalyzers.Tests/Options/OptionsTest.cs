using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CmekAnalyzers.Tests.Options;

/// <summary>Runs one analyzer (and its fix) on snippets with analyzer config files (.editorconfig, .globalconfig).</summary>
internal static class OptionsTest<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => Verify<TAnalyzer, TCodeFix>.Diagnostic(id);

    /// <summary>A .globalconfig that sets the given lines for every file.</summary>
    public static (string, string) GlobalConfig(params string[] lines) => ("/.globalconfig", "is_global = true\n" + string.Join("\n", lines) + "\n");

    /// <summary>An .editorconfig at the root, with the given text (sections included).</summary>
    public static (string, string) EditorConfig(string text) => ("/.editorconfig", "root = true\n" + text + "\n");

    public static Task AnalyzerAsync((string, string)[] configs, string source, params DiagnosticResult[] expected)
        => AnalyzerAsync(configs, new[] { source }, expected);

    public static async Task AnalyzerAsync((string, string)[] configs, string[] sources, params DiagnosticResult[] expected)
    {
        var test = Create(configs, sources);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>The fix leaves the code as it is: no fix is offered.</summary>
    public static async Task NoFixAsync((string, string)[] configs, string source)
    {
        var test = Create(configs, new[] { source });
        test.FixedState.Sources.Add(source);
        await test.RunAsync();
    }

    public static Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create((string, string)[] configs, string[] sources)
    {
        var test = Verify<TAnalyzer, TCodeFix>.Create();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var config in configs)
        {
            test.TestState.AnalyzerConfigFiles.Add(config);
        }

        return test;
    }
}
