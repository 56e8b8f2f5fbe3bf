using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek005UpdateMaskOmitsKeyAnalyzer, CmekAnalyzers.CodeFixes.UpdateMaskCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek005;

public class Cmek005DiagnosticTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        """;

    private static string Call(string mask) => Usings + $$"""
        class C
        {
            void M(SpeechClient speech, FieldMask given)
            {
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/global/keyRings/r/cryptoKeys/k" }, {{mask}});
            }
        }
        """;

    [Fact]
    public Task Json_spelling_exact_message_with_the_near_miss_location() => Verify.AnalyzerAsync(
        Call("new FieldMask { Paths = { \"kmsKeyName\" } }"),
        Verify.Diagnostic("CMEK005").WithSpan(8, 112, 8, 154).WithSpan(8, 138, 8, 150)
            .WithMessage("The update mask ('kmsKeyName') does not name 'kms_key_name', so UpdateConfig leaves the KMS key unchanged"));

    [Fact]
    public Task Unrelated_path_exact_message_with_the_collection_location() => Verify.AnalyzerAsync(
        Call("new FieldMask { Paths = { \"display_name\" } }"),
        Verify.Diagnostic("CMEK005").WithSpan(8, 112, 8, 156).WithSpan(8, 136, 8, 154)
            .WithMessage("The update mask ('display_name') does not name 'kms_key_name', so UpdateConfig leaves the KMS key unchanged"));

    [Fact]
    public Task From_string_with_truncated_name() => Verify.AnalyzerAsync(
        Call("{|CMEK005:FieldMask.FromString(\"kms_key\")|}"));

    [Fact]
    public Task From_string_enumerable() => Verify.AnalyzerAsync(
        Call("{|CMEK005:FieldMask.FromStringEnumerable<Config>(new[] { \"display_name\" })|}"));

    [Fact]
    public Task Request_form_update_mask() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            Task<Config> M(SpeechClient speech) => speech.UpdateConfigAsync(new UpdateConfigRequest
            {
                Config = new Config { KmsKeyName = "projects/p/locations/global/keyRings/r/cryptoKeys/k" },
                UpdateMask = {|CMEK005:new FieldMask { Paths = { "KmsKeyName" } }|},
            });
        }
        """);

    [Fact]
    public Task Local_mask_with_a_later_add() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech)
            {
                var mask = new FieldMask();
                mask.Paths.Add("display_name");
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/global/keyRings/r/cryptoKeys/k" }, {|CMEK005:mask|});
            }
        }
        """);

    [Fact]
    public Task Key_removal_with_a_mask_that_omits_the_key() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config { KmsKeyName = "" }, {|CMEK005:new FieldMask { Paths = { "kmsKeyName" } }|});
            }
        }
        """);

    [Fact]
    public Task Null_mask_is_valid() => Verify.AnalyzerAsync(Call("null"));

    [Fact]
    public Task Empty_mask_is_valid() => Verify.AnalyzerAsync(Call("new FieldMask()"));

    [Fact]
    public Task Mask_with_the_key_path_is_valid() => Verify.AnalyzerAsync(Call("new FieldMask { Paths = { \"display_name\", \"kms_key_name\" } }"));

    [Fact]
    public Task From_string_with_the_key_path_is_valid() => Verify.AnalyzerAsync(Call("FieldMask.FromString(\"kms_key_name\")"));

    [Fact]
    public Task Unknown_mask_parameter_is_valid() => Verify.AnalyzerAsync(Call("given"));

    [Fact]
    public Task Request_form_without_mask_is_valid() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            Config M(SpeechClient speech) => speech.UpdateConfig(new UpdateConfigRequest
            {
                Config = new Config { KmsKeyName = "projects/p/locations/global/keyRings/r/cryptoKeys/k" },
            });
        }
        """);

    [Fact]
    public Task Config_without_key_is_valid() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config { Name = "projects/p/locations/global/config" }, new FieldMask { Paths = { "display_name" } });
            }
        }
        """);
}
