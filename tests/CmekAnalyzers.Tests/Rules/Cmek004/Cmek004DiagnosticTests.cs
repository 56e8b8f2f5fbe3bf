using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek004MalformedKeyNameAnalyzer, CmekAnalyzers.CodeFixes.KeyVersionCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek004;

public class Cmek004DiagnosticTests
{
    private const string Usings = """
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        """;

    private static string Method(string keyExpression) => Usings + $$"""
        class C
        {
            void M(SpeechClient speech, string projectId, string prefix)
            {
                speech.UpdateConfig(new Config { KmsKeyName = {{keyExpression}} }, null);
            }
        }
        """;

    [Fact]
    public Task Key_version_literal_exact_message() => Verify.AnalyzerAsync(
        Method("\"projects/p/locations/global/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1\""),
        Verify.Diagnostic("CMEK004").WithSpan(7, 55, 7, 128)
            .WithMessage("KMS key name 'projects/p/locations/global/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1' names a key version ('/cryptoKeyVersions/1'); Speech takes the key, and uses its primary version; expected projects/*/locations/*/keyRings/*/cryptoKeys/*"));

    [Fact]
    public Task Lower_case_keyrings_exact_message() => Verify.AnalyzerAsync(
        Method("\"projects/p/locations/global/keyrings/r/cryptoKeys/k\""),
        Verify.Diagnostic("CMEK004").WithSpan(7, 55, 7, 108)
            .WithMessage("KMS key name 'projects/p/locations/global/keyrings/r/cryptoKeys/k' writes 'keyrings' where the name needs 'keyRings'; expected projects/*/locations/*/keyRings/*/cryptoKeys/*"));

    [Fact]
    public Task Lower_case_cryptokeys() => Verify.AnalyzerAsync(
        Method("{|CMEK004:\"projects/p/locations/global/keyRings/r/cryptokeys/k\"|}"));

    [Fact]
    public Task Missing_key_ring_id() => Verify.AnalyzerAsync(
        Method("{|CMEK004:\"projects/p/locations/global/keyRings/cryptoKeys/k\"|}"));

    [Fact]
    public Task Missing_location_segment() => Verify.AnalyzerAsync(
        Method("{|CMEK004:\"projects/p/keyRings/r/cryptoKeys/k\"|}"));

    [Fact]
    public Task Empty_segment_exact_message() => Verify.AnalyzerAsync(
        Method("\"projects/p/locations/global/keyRings//cryptoKeys/k\""),
        Verify.Diagnostic("CMEK004").WithSpan(7, 55, 7, 107)
            .WithMessage("KMS key name 'projects/p/locations/global/keyRings//cryptoKeys/k' has an empty segment; expected projects/*/locations/*/keyRings/*/cryptoKeys/*"));

    [Fact]
    public Task Trailing_whitespace() => Verify.AnalyzerAsync(
        Method("{|CMEK004:\"projects/p/locations/global/keyRings/r/cryptoKeys/k \"|}"));

    [Fact]
    public Task Pasted_newline() => Verify.AnalyzerAsync(
        Method("{|CMEK004:\"projects/p/locations/global/keyRings/r/cryptoKeys/k\\n\"|}"));

    [Fact]
    public Task Key_ring_only_exact_message() => Verify.AnalyzerAsync(
        Method("\"projects/p/locations/global/keyRings/r\""),
        Verify.Diagnostic("CMEK004").WithSpan(7, 55, 7, 95)
            .WithMessage("KMS key name 'projects/p/locations/global/keyRings/r' names a key ring, not a key; expected projects/*/locations/*/keyRings/*/cryptoKeys/*"));

    [Fact]
    public Task Interpolated_with_unknown_project() => Verify.AnalyzerAsync(
        Method("{|CMEK004:$\"projects/{projectId}/locations/europe-west4/keyrings/ring/cryptoKeys/key\"|}"));

    [Fact]
    public Task Interpolated_key_version() => Verify.AnalyzerAsync(
        Method("{|CMEK004:$\"projects/{projectId}/locations/europe-west4/keyRings/ring/cryptoKeys/key/cryptoKeyVersions/3\"|}"));

    [Fact]
    public Task Local_holding_a_key_version_is_reported_at_the_use_site() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string projectId)
            {
                string key = $"projects/{projectId}/locations/europe-west4/keyRings/ring/cryptoKeys/key/cryptoKeyVersions/3";
                speech.UpdateConfig(new Config { KmsKeyName = {|CMEK004:key|} }, new FieldMask { Paths = { "kms_key_name" } });
            }
        }
        """);

    [Fact]
    public Task Const_declared_in_another_class_is_reported_at_the_use_site() => Verify.AnalyzerAsync(Usings + """
        static class Keys
        {
            public const string KeyRing = "keyrings/speech";
            public const string Speech = "projects/p/locations/global/" + KeyRing + "/cryptoKeys/k";
        }

        class C
        {
            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config { KmsKeyName = {|CMEK004:Keys.Speech|} }, null);
            }
        }
        """);

    [Fact]
    public Task Request_form() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new UpdateConfigRequest
                {
                    Config = new Config { KmsKeyName = {|CMEK004:"projects/p/locations/global/keyRings/r/cryptoKeys/k/cryptoKeyVersions/7"|} },
                });
            }
        }
        """);

    [Fact]
    public Task Async_call() => Verify.AnalyzerAsync(Usings + """
        using System.Threading.Tasks;

        class C
        {
            async Task M(SpeechClient speech)
            {
                await speech.UpdateConfigAsync(new Config { KmsKeyName = {|CMEK004:"projects/p/locations/global/keyRings/r/cryptokeys/k"|} }, null);
            }
        }
        """);

    [Fact]
    public Task Removal_is_valid() => Verify.AnalyzerAsync(Method("\"\""));

    [Fact]
    public Task Well_formed_key_is_valid() => Verify.AnalyzerAsync(Method("\"projects/p/locations/europe-west4/keyRings/ring/cryptoKeys/key\""));

    [Fact]
    public Task Well_formed_interpolated_key_is_valid() => Verify.AnalyzerAsync(Method("$\"projects/{projectId}/locations/europe-west4/keyRings/ring/cryptoKeys/key\""));

    [Fact]
    public Task Format_helper_is_valid() => Verify.AnalyzerAsync(Method("CryptoKeyName.FormatProjectLocationKeyRingCryptoKey(projectId, \"us\", \"ring\", \"key\")"));

    [Fact]
    public Task Typed_crypto_key_name_is_valid() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string projectId)
            {
                speech.UpdateConfig(new Config { KmsKeyNameAsCryptoKeyName = CryptoKeyName.FromProjectLocationKeyRingCryptoKey(projectId, "us", "ring", "key") }, null);
            }
        }
        """);

    [Fact]
    public Task Unknown_value_is_valid() => Verify.AnalyzerAsync(Method("prefix"));

    [Fact]
    public Task Hole_where_a_fixed_word_belongs_is_undecidable() => Verify.AnalyzerAsync(Method("$\"{prefix}/cryptoKeys/k\""));

    [Fact]
    public Task Value_from_two_branches_is_valid() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, bool eu)
            {
                var key = eu ? "projects/p/locations/europe/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1" : "projects/p/locations/us/keyRings/r/cryptoKeys/k";
                speech.UpdateConfig(new Config { KmsKeyName = key }, null);
            }
        }
        """);

    [Fact]
    public Task Config_outside_an_update_config_call_is_valid() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            Config M() => new Config { KmsKeyName = "projects/p/locations/global/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1" };
        }
        """);
}
