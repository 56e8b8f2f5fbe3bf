using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek003ReencryptionAssumedAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek003;

public class Cmek003MoreShapesTests
{
    private const string Usings = """
        using System;
        using System.Diagnostics;
        using System.Threading.Tasks;
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        """;

    [Fact]
    public Task Disabling_a_version_through_UpdateCryptoKeyVersion() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, CryptoKeyVersion version, string newKey)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                version.State = CryptoKeyVersion.Types.CryptoKeyVersionState.Disabled;
                {|CMEK003:kms.UpdateCryptoKeyVersion(version, new FieldMask { Paths = { "state" } })|};
            }
        }
        """);

    [Fact]
    public Task Removal_then_is_empty_pattern() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, PhraseSet s)
            {
                speech.UpdateConfig(new Config { KmsKeyName = "" }, null);
                if ({|CMEK003:s.KmsKeyName|} is not "") throw new InvalidOperationException();
            }
        }
        """);

    [Fact]
    public Task Removal_with_string_Empty() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, PhraseSet s)
            {
                speech.UpdateConfig(new Config { KmsKeyName = string.Empty }, null);
                Debug.Assert({|CMEK003:s.KmsKeyName|} == string.Empty);
            }
        }
        """);

    [Fact]
    public Task Check_in_a_finally_after_the_key_change() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, Recognizer r, string newKey)
            {
                try
                {
                    speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                }
                finally
                {
                    Debug.Assert({|CMEK003:r.KmsKeyName|} == newKey);
                }
            }
        }
        """);

    [Fact]
    public Task Check_inside_a_lambda_with_its_own_key_change() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, Recognizer r, string newKey)
            {
                Action rotate = () =>
                {
                    speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                    Debug.Assert({|CMEK003:r.KmsKeyName|} == newKey);
                };
                rotate();
            }
        }
        """);

    [Fact]
    public Task Check_inside_a_local_function_with_its_own_key_change() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, Recognizer r, string newKey)
            {
                Rotate();

                void Rotate()
                {
                    speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                    Debug.Assert({|CMEK003:r.KmsKeyName|} == newKey);
                }
            }
        }
        """);

    [Fact]
    public Task Literal_key_compared_with_the_same_literal() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, Recognizer r)
            {
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/global/keyRings/ring/cryptoKeys/k2" }, null);
                Debug.Assert({|CMEK003:r.KmsKeyName|}.Equals("projects/p/locations/global/keyRings/ring/cryptoKeys/k2"));
            }
        }
        """);

    [Fact]
    public Task Switch_on_the_key() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            const string NewKey = "projects/p/locations/global/keyRings/ring/cryptoKeys/k2";

            string M(SpeechClient speech, Recognizer r)
            {
                speech.UpdateConfig(new Config { KmsKeyName = NewKey }, null);
                return {|CMEK003:r.KmsKeyName|} switch { NewKey => "done", _ => "pending" };
            }
        }
        """);

    [Fact]
    public Task Check_on_a_path_that_skips_the_update_through_early_continue() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, Recognizer r, string newKey, bool skip)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                if (!skip)
                {
                    r = speech.UpdateRecognizer(r, new FieldMask()).PollUntilCompleted().Result;
                }

                Debug.Assert({|CMEK003:r.KmsKeyName|} == newKey);
            }
        }
        """);

    [Fact]
    public Task Check_before_the_key_change_is_valid() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, Recognizer r, string newKey)
            {
                Debug.Assert(r.KmsKeyName != newKey);
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
            }
        }
        """);

    [Fact]
    public Task Destroy_before_the_key_change_is_valid() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string newKey)
            {
                kms.DestroyCryptoKeyVersion("projects/p/locations/global/keyRings/ring/cryptoKeys/old/cryptoKeyVersions/1");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
            }
        }
        """);

    [Fact]
    public Task Check_after_a_Speech_v1_style_lookalike_is_valid() => Verify.AnalyzerAsync(Usings + """
        namespace Other
        {
            class SpeechClient { public Google.Cloud.Speech.V2.Config UpdateConfig(Google.Cloud.Speech.V2.Config c, FieldMask m) => c; }

            class C
            {
                void M(SpeechClient speech, Recognizer r, string newKey)
                {
                    speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                    Debug.Assert(r.KmsKeyName == newKey);
                }
            }
        }
        """);

    [Fact]
    public Task Removal_with_string_Empty_then_is_not_pattern() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, PhraseSet s)
            {
                speech.UpdateConfig(new Config { KmsKeyName = string.Empty }, null);
                if ({|CMEK003:s.KmsKeyName|} is not "") throw new InvalidOperationException();
            }
        }
        """);
}
