using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek005UpdateMaskOmitsKeyAnalyzer, CmekAnalyzers.CodeFixes.UpdateMaskCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek005;

public class Cmek005CodeFixTests
{
    private const string Usings = """
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        """;

    private static string Body(string statements) => Usings + $$"""
        class C
        {
            void M(SpeechClient speech, Config config)
            {
        {{statements}}
            }
        }
        """;

    private const string Key = "new Config { KmsKeyName = \"projects/p/locations/global/keyRings/r/cryptoKeys/k\" }";

    [Fact]
    public Task Near_miss_is_replaced() => Verify.FixAsync(
        Body($$"""
                speech.UpdateConfig({{Key}}, {|CMEK005:new FieldMask { Paths = { "kmsKeyName" } }|});
        """),
        Body($$"""
                speech.UpdateConfig({{Key}}, new FieldMask { Paths = { "kms_key_name" } });
        """));

    [Fact]
    public Task Near_miss_is_replaced_keeping_the_other_paths_and_comments() => Verify.FixAsync(
        Body($$"""
                speech.UpdateConfig({{Key}}, {|CMEK005:new FieldMask { Paths = { "display_name", /* key */ "kms_key" } }|});
        """),
        Body($$"""
                speech.UpdateConfig({{Key}}, new FieldMask { Paths = { "display_name", /* key */ "kms_key_name" } });
        """));

    [Fact]
    public Task Path_is_added_to_a_single_line_initializer() => Verify.FixAsync(
        Body($$"""
                speech.UpdateConfig({{Key}}, {|CMEK005:new FieldMask { Paths = { "display_name" } }|});
        """),
        Body($$"""
                speech.UpdateConfig({{Key}}, new FieldMask { Paths = { "display_name", "kms_key_name" } });
        """));

    [Fact]
    public Task Path_is_added_to_a_single_line_initializer_with_trailing_comma() => Verify.FixAsync(
        Body($$"""
                speech.UpdateConfig({{Key}}, {|CMEK005:new FieldMask { Paths = { "display_name", } }|});
        """),
        Body($$"""
                speech.UpdateConfig({{Key}}, new FieldMask { Paths = { "display_name", "kms_key_name", } });
        """));

    [Fact]
    public Task Path_is_added_to_a_multi_line_initializer() => Verify.FixAsync(
        Body($$"""
                var mask = new FieldMask
                {
                    Paths =
                    {
                        "display_name",
                        "language_codes" // the model defaults
                    },
                };
                speech.UpdateConfig({{Key}}, {|CMEK005:mask|});
        """),
        Body($$"""
                var mask = new FieldMask
                {
                    Paths =
                    {
                        "display_name",
                        "language_codes", // the model defaults
                        "kms_key_name"
                    },
                };
                speech.UpdateConfig({{Key}}, mask);
        """));

    [Fact]
    public Task Path_is_added_to_a_multi_line_initializer_with_trailing_comma() => Verify.FixAsync(
        Body($$"""
                var mask = new FieldMask
                {
                    Paths =
                    {
                        "display_name",
                        "language_codes",
                    },
                };
                speech.UpdateConfig({{Key}}, {|CMEK005:mask|});
        """),
        Body($$"""
                var mask = new FieldMask
                {
                    Paths =
                    {
                        "display_name",
                        "language_codes",
                        "kms_key_name",
                    },
                };
                speech.UpdateConfig({{Key}}, mask);
        """));

    [Fact]
    public Task From_string_gets_the_key_path_appended() => Verify.FixAsync(
        Body($$"""
                speech.UpdateConfig({{Key}}, {|CMEK005:FieldMask.FromString("display_name")|});
        """),
        Body($$"""
                speech.UpdateConfig({{Key}}, FieldMask.FromString("display_name,kms_key_name"));
        """));

    [Fact]
    public Task From_string_near_miss_is_replaced() => Verify.FixAsync(
        Body($$"""
                speech.UpdateConfig({{Key}}, {|CMEK005:FieldMask.FromString("kmsKeyName")|});
        """),
        Body($$"""
                speech.UpdateConfig({{Key}}, FieldMask.FromString("kms_key_name"));
        """));

    [Fact]
    public Task No_fix_when_there_is_no_place_to_add() => Verify.FixAsync(
        Body($$"""
                speech.UpdateConfig({{Key}}, {|CMEK005:FieldMask.FromStringEnumerable<Config>(new[] { "display_name" })|});
        """),
        Body($$"""
                speech.UpdateConfig({{Key}}, {|CMEK005:FieldMask.FromStringEnumerable<Config>(new[] { "display_name" })|});
        """));

    [Fact]
    public Task Fix_all_in_one_document() => Verify.FixAsync(
        Body($$"""
                speech.UpdateConfig({{Key}}, {|CMEK005:new FieldMask { Paths = { "kmsKeyName" } }|});
                speech.UpdateConfig({{Key}}, {|CMEK005:new FieldMask { Paths = { "display_name" } }|});
                speech.UpdateConfig(new UpdateConfigRequest { Config = {{Key}}, UpdateMask = {|CMEK005:FieldMask.FromString("display_name")|} });
        """),
        Body($$"""
                speech.UpdateConfig({{Key}}, new FieldMask { Paths = { "kms_key_name" } });
                speech.UpdateConfig({{Key}}, new FieldMask { Paths = { "display_name", "kms_key_name" } });
                speech.UpdateConfig(new UpdateConfigRequest { Config = {{Key}}, UpdateMask = FieldMask.FromString("display_name,kms_key_name") });
        """));
}
