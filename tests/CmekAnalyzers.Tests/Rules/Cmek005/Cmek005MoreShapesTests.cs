using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek005UpdateMaskOmitsKeyAnalyzer, CmekAnalyzers.CodeFixes.UpdateMaskCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek005;

public class Cmek005MoreShapesTests
{
    [Fact]
    public Task Near_miss_in_a_local_mask_is_fixed_at_its_declaration() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M(SpeechClient speech)
            {
                var mask = new FieldMask { Paths = { "kmsKeyName" } };
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, {|CMEK005:mask|});
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M(SpeechClient speech)
            {
                var mask = new FieldMask { Paths = { "kms_key_name" } };
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, mask);
            }
        }
        """);

    [Fact]
    public Task Typed_key_view_with_a_json_mask() => Verify.AnalyzerAsync("""
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config { KmsKeyNameAsCryptoKeyName = new CryptoKeyName("p", "us", "r", "k") }, {|CMEK005:new FieldMask { Paths = { "kmsKeyName" } }|});
            }
        }
        """);

    [Fact]
    public Task Key_path_added_later_is_valid() => Verify.AnalyzerAsync("""
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M(SpeechClient speech)
            {
                var mask = new FieldMask { Paths = { "display_name" } };
                mask.Paths.Add("kms_key_name");
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, mask);
            }
        }
        """);

    [Fact]
    public Task Mask_from_another_method_is_valid() => Verify.AnalyzerAsync("""
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            static FieldMask Mask() => new FieldMask { Paths = { "display_name" } };

            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, Mask());
            }
        }
        """);
}
