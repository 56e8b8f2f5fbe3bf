using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek003ReencryptionAssumedAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek003;

public class Cmek003DiagnosticTests
{
    private const string Usings = """
        using System.Diagnostics;
        using System.Threading.Tasks;
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        """;

    [Fact]
    public Task Straight_line_check_after_key_change() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                var recognizer = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                Debug.Assert({|CMEK003:recognizer.KmsKeyName|} == newKey);
            }
        }
        """);
}
