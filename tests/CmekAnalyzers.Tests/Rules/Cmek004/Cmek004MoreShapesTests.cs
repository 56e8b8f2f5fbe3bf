using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek004MalformedKeyNameAnalyzer, CmekAnalyzers.CodeFixes.KeyVersionCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek004;

public class Cmek004MoreShapesTests
{
    [Fact]
    public Task Concatenation_with_wrong_casing() => Verify.AnalyzerAsync("""
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech, string projectId)
            {
                speech.UpdateConfig(new Config { KmsKeyName = {|CMEK004:"projects/" + projectId + "/locations/us/keyRings/r/cryptokeys/k"|} }, null);
            }
        }
        """);

    [Fact]
    public Task String_format_key_version() => Verify.AnalyzerAsync("""
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech, string projectId)
            {
                speech.UpdateConfig(new Config { KmsKeyName = {|CMEK004:string.Format("projects/{0}/locations/us/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1", projectId)|} }, null);
            }
        }
        """);

    [Fact]
    public Task Static_readonly_field_is_fixed_at_its_declaration() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            private static readonly string Key = "projects/p/locations/us/keyRings/r/cryptoKeys/k/cryptoKeyVersions/4"; // from ops

            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config { KmsKeyName = {|CMEK004:Key|} }, null);
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            private static readonly string Key = "projects/p/locations/us/keyRings/r/cryptoKeys/k"; // from ops

            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config { KmsKeyName = Key }, null);
            }
        }
        """);

    [Fact]
    public Task Whitespace_inside_an_interpolated_literal_part() => Verify.AnalyzerAsync("""
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech, string projectId)
            {
                speech.UpdateConfig(new Config { KmsKeyName = {|CMEK004:$"projects/{projectId}/locations/us/keyRings/r/cryptoKeys/k\t"|} }, null);
            }
        }
        """);

    [Fact]
    public Task String_Empty_removal_is_valid() => Verify.AnalyzerAsync("""
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech) => speech.UpdateConfig(new Config { KmsKeyName = string.Empty }, null);
        }
        """);
}
