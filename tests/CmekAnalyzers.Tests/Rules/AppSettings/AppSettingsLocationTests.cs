using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CmekAnalyzers.Tests.Rules.AppSettings;

/// <summary>Every rule at once: primary locations stay in the compilation's C# files; the JSON file is only ever an additional location.</summary>
public class AppSettingsLocationTests
{
    [Fact]
    public async Task Json_locations_are_additional_only()
    {
        const string source = """
            using Google.Cloud.Speech.V2;
            using Microsoft.Extensions.Configuration;

            class C
            {
                void M(IConfiguration configuration)
                {
                    var speech = new SpeechClientBuilder { Endpoint = configuration["Speech:Endpoint"] }.Build();
                    speech.UpdateConfig(new Config { KmsKeyName = configuration["Speech:KmsKeyName"], Name = "projects/p/locations/eu/config" }, null);
                }
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(source, path: "C.cs");
        var references = (await TestReferences.Net80Offline.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).AddRange(TestReferences.Google);
        var compilation = CSharpCompilation.Create("T", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var files = ImmutableArray.Create<AdditionalText>(new InMemoryText("/app/appsettings.json", AppSettingsTest.Json));
        var diagnostics = await compilation.WithAnalyzers(AllRules.Analyzers, new AnalyzerOptions(files)).GetAllDiagnosticsAsync();

        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("AD", StringComparison.Ordinal)); // no analyzer exception
        var cmek = diagnostics.Where(d => d.Id.StartsWith("CMEK", StringComparison.Ordinal)).ToList();
        Assert.Contains(cmek, d => d.Id == "CMEK001");
        Assert.Contains(cmek, d => d.Id == "CMEK006");
        Assert.All(cmek, d => Assert.True(d.Location.IsInSource && d.Location.SourceTree == tree));
        var json = cmek.SelectMany(d => d.AdditionalLocations).Where(l => !l.IsInSource).ToList();
        Assert.NotEmpty(json);
        Assert.All(json, l =>
        {
            Assert.Equal(LocationKind.ExternalFile, l.Kind);
            Assert.Equal("/app/appsettings.json", l.GetLineSpan().Path);
            Assert.Equal(4, l.GetLineSpan().StartLinePosition.Line); // "Endpoint": "us-speech.googleapis.com"
        });
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
