using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek004MalformedKeyNameAnalyzer, CmekAnalyzers.CodeFixes.KeyVersionCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek004;

public class Cmek004CodeFixTests
{
    [Fact]
    public Task Literal_version_is_stripped() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config { KmsKeyName = {|CMEK004:"projects/p/locations/global/keyRings/r/cryptoKeys/k/cryptoKeyVersions/12"|} }, null);
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/global/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task Interpolated_version_hole_is_stripped() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech, string projectId, int v)
            {
                speech.UpdateConfig(new Config { KmsKeyName = {|CMEK004:$"projects/{projectId}/locations/us/keyRings/r/cryptoKeys/k/cryptoKeyVersions/{v}"|} }, null);
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech, string projectId, int v)
            {
                speech.UpdateConfig(new Config { KmsKeyName = $"projects/{projectId}/locations/us/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task Const_field_literal_is_stripped_at_its_declaration() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        static class Keys
        {
            public const string Speech = "projects/p/locations/global/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1";
        }

        class C
        {
            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config { KmsKeyName = {|CMEK004:Keys.Speech|} }, null);
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        static class Keys
        {
            public const string Speech = "projects/p/locations/global/keyRings/r/cryptoKeys/k";
        }

        class C
        {
            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config { KmsKeyName = Keys.Speech }, null);
            }
        }
        """);

    [Fact]
    public Task Comments_around_the_literal_are_kept() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config
                {
                    KmsKeyName = /* copied from the console */ {|CMEK004:"projects/p/locations/global/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1"|}, // rotate yearly
                }, null);
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config
                {
                    KmsKeyName = /* copied from the console */ "projects/p/locations/global/keyRings/r/cryptoKeys/k", // rotate yearly
                }, null);
            }
        }
        """);

    [Fact]
    public Task No_fix_for_other_shapes() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config { KmsKeyName = {|CMEK004:"projects/p/locations/global/keyrings/r/cryptoKeys/k"|} }, null);
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config { KmsKeyName = {|CMEK004:"projects/p/locations/global/keyrings/r/cryptoKeys/k"|} }, null);
            }
        }
        """);

    [Fact]
    public Task Fix_all_in_one_document() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech, string projectId)
            {
                speech.UpdateConfig(new Config { KmsKeyName = {|CMEK004:"projects/p/locations/global/keyRings/r/cryptoKeys/a/cryptoKeyVersions/1"|} }, null);
                speech.UpdateConfig(new Config { KmsKeyName = {|CMEK004:$"projects/{projectId}/locations/global/keyRings/r/cryptoKeys/b/cryptoKeyVersions/2"|} }, null);
                speech.UpdateConfig(new UpdateConfigRequest { Config = new Config { KmsKeyName = {|CMEK004:"projects/p/locations/us/keyRings/r/cryptoKeys/c/cryptoKeyVersions/3"|} } });
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech, string projectId)
            {
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/global/keyRings/r/cryptoKeys/a" }, null);
                speech.UpdateConfig(new Config { KmsKeyName = $"projects/{projectId}/locations/global/keyRings/r/cryptoKeys/b" }, null);
                speech.UpdateConfig(new UpdateConfigRequest { Config = new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/c" } });
            }
        }
        """);
}
