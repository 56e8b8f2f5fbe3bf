using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CmekAnalyzers.Tests.Project;

/// <summary>
/// The samples get exactly the warnings their comments promise: a line ending in "// CMEKnnn" gets that warning, no
/// other line gets one. (CI also builds the sample project with dotnet build and checks the same promise.)
/// </summary>
public class SamplesTests
{
    private static readonly Regex s_promise = new(@"// (CMEK\d{3})$", RegexOptions.Multiline);

    [Fact]
    public async Task Samples_get_exactly_the_promised_warnings()
    {
        var files = Directory.GetFiles(RepositoryFiles.PathOf("samples", "CmekSamples"), "*.cs");
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), Path.GetFileName(f))).ToList();
        trees.Add(CSharpSyntaxTree.ParseText("global using System; global using System.Threading; global using System.Threading.Tasks; global using System.Linq; global using System.Collections.Generic;", path: "Usings.g.cs"));
        var references = (await TestReferences.Net80Offline.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).AddRange(TestReferences.Google);
        var compilation = CSharpCompilation.Create("CmekSamples", trees, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        // As in the sample project: its appsettings*.json files are additional files.
        var settings = Directory.GetFiles(RepositoryFiles.PathOf("samples", "CmekSamples"), "appsettings*.json")
            .Select(f => (AdditionalText)new FileText(f)).ToImmutableArray();
        var diagnostics = await compilation.WithAnalyzers(AllRules.Analyzers, new AnalyzerOptions(settings)).GetAnalyzerDiagnosticsAsync();
        var actual = diagnostics.Select(d => $"{d.Location.SourceTree!.FilePath}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.Id}").OrderBy(s => s).ToList();
        var expected = trees.SelectMany(t => t.GetText().Lines
                .Where(l => s_promise.IsMatch(l.ToString()))
                .Select(l => $"{t.FilePath}:{l.LineNumber + 1} {s_promise.Match(l.ToString()).Groups[1].Value}"))
            .OrderBy(s => s).ToList();

        Assert.Equal(expected, actual);
        // Every code rule has a sample; CMEK008 reports bad option values, which the samples (built without options) cannot show.
        var codeRules = AllRules.Descriptors.Select(d => d.Id).Where(id => id != RuleIds.InvalidOption).Distinct().OrderBy(id => id);
        Assert.Equal(codeRules, expected.Select(e => e[^7..]).Distinct().OrderBy(id => id));
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path => path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default)
            => Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(path));
    }
}
