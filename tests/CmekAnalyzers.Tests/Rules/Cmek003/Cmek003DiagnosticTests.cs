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

    [Fact]
    public Task Straight_line_check_reports_exact_message_and_the_key_change_location() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                var recognizer = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                Debug.Assert(recognizer.KmsKeyName == newKey);
            }
        }
        """,
        Verify.Diagnostic("CMEK003").WithSpan(12, 22, 12, 43).WithSpan(11, 9, 11, 70)
            .WithMessage("The existing recognizer 'recognizer' keeps the key it had before UpdateConfig at line 11 changed it, and a path reaches this check without UpdateRecognizer; only an Update* call re-encrypts an existing resource with the config's key"));

    [Fact]
    public Task Async_get_and_key_change() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            async Task M(SpeechClient speech, string newKey)
            {
                var recognizer = await speech.GetRecognizerAsync("projects/p/locations/global/recognizers/r");
                await speech.UpdateConfigAsync(new Config { KmsKeyName = newKey }, null);
                if ({|CMEK003:recognizer.KmsKeyName|} != newKey)
                {
                    throw new System.InvalidOperationException("not re-encrypted");
                }
            }
        }
        """);

    [Fact]
    public Task Async_request_form_key_change() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            async Task M(SpeechClient speech)
            {
                var recognizer = await speech.GetRecognizerAsync(new GetRecognizerRequest { Name = "projects/p/locations/global/recognizers/r" });
                const string key = "projects/p/locations/global/keyRings/ring/cryptoKeys/k2";
                await speech.UpdateConfigAsync(new UpdateConfigRequest { Config = new Config { KmsKeyName = key } });
                Debug.Assert({|CMEK003:recognizer.KmsKeyName|} == key);
            }
        }
        """);

    [Fact]
    public Task Update_on_only_one_branch_is_reported() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string newKey, bool x)
            {
                var r = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                if (x) speech.UpdateRecognizer(r, new FieldMask()).PollUntilCompleted();
                Debug.Assert({|CMEK003:r.KmsKeyName|} == newKey);
            }
        }
        """);

    [Fact]
    public Task Key_removal_then_emptiness_check() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech)
            {
                var r = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = "" }, new FieldMask { Paths = { "kms_key_name" } });
                if (!string.IsNullOrEmpty({|CMEK003:r.KmsKeyName|}))
                {
                    throw new System.InvalidOperationException("still encrypted");
                }
            }
        }
        """);

    [Fact]
    public Task Key_removal_then_comparison_with_empty_literal() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech)
            {
                var r = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = "" }, null);
                Debug.Assert({|CMEK003:r.KmsKeyName|} == "");
            }
        }
        """);

    [Fact]
    public Task Custom_class_check() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                CustomClass customClass = speech.GetCustomClass("projects/p/locations/global/customClasses/c");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                Debug.Assert(customClass.KmsKeyName == newKey);
            }
        }
        """,
        Verify.Diagnostic("CMEK003").WithSpan(12, 22, 12, 44).WithSpan(11, 9, 11, 70)
            .WithMessage("The existing custom class 'customClass' keeps the key it had before UpdateConfig at line 11 changed it, and a path reaches this check without UpdateCustomClass; only an Update* call re-encrypts an existing resource with the config's key"));

    [Fact]
    public Task Phrase_set_check() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                PhraseSet phraseSet = speech.GetPhraseSet("projects/p/locations/global/phraseSets/s");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                Debug.Assert(phraseSet.KmsKeyName == newKey);
            }
        }
        """,
        Verify.Diagnostic("CMEK003").WithSpan(12, 22, 12, 42).WithSpan(11, 9, 11, 70)
            .WithMessage("The existing phrase set 'phraseSet' keeps the key it had before UpdateConfig at line 11 changed it, and a path reaches this check without UpdatePhraseSet; only an Update* call re-encrypts an existing resource with the config's key"));

    [Fact]
    public Task Custom_class_update_does_not_cover_a_phrase_set() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, CustomClass customClass, PhraseSet phraseSet, string newKey)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                customClass = speech.UpdateCustomClass(customClass, new FieldMask()).PollUntilCompleted().Result;
                Debug.Assert(customClass.KmsKeyName == newKey);
                Debug.Assert({|CMEK003:phraseSet.KmsKeyName|} == newKey);
            }
        }
        """);

    [Fact]
    public Task Xunit_style_assert_equal() => Verify.AnalyzerAsync(Usings + """
        static class Assert
        {
            public static void Equal(string expected, string actual) { }
        }

        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                var r = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                Assert.Equal(newKey, {|CMEK003:r.KmsKeyName|});
            }
        }
        """);

    [Fact]
    public Task Key_version_field_starts_with_new_key() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                var r = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                Debug.Assert({|CMEK003:r.KmsKeyVersionName|}.StartsWith(newKey));
            }
        }
        """);

    [Fact]
    public Task Destroying_a_key_version_after_the_key_change_without_updates() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string newKey)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                kms.DestroyCryptoKeyVersion("projects/p/locations/global/keyRings/ring/cryptoKeys/old/cryptoKeyVersions/1");
            }
        }
        """,
        Verify.Diagnostic("CMEK003").WithSpan(11, 9, 11, 116).WithSpan(10, 9, 10, 70)
            .WithMessage("DestroyCryptoKeyVersion follows UpdateConfig at line 10 with no UpdateRecognizer, UpdateCustomClass or UpdatePhraseSet in between: existing resources still encrypted with the old key version become unreadable; only an Update* call re-encrypts an existing resource with the config's key"));

    [Fact]
    public Task Destroying_asynchronously_after_the_key_change() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            async Task M(SpeechClient speech, KeyManagementServiceClient kms, string newKey, Google.Cloud.Kms.V1.CryptoKeyVersionName old)
            {
                await speech.UpdateConfigAsync(new Config { KmsKeyName = newKey }, null);
                await {|CMEK003:kms.DestroyCryptoKeyVersionAsync(old)|};
            }
        }
        """);

    [Fact]
    public Task Check_inside_a_loop_after_the_key_change() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                foreach (var r in speech.ListRecognizers("projects/p/locations/global"))
                {
                    if ({|CMEK003:r.KmsKeyName|} != newKey)
                    {
                        throw new System.InvalidOperationException(r.Name);
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Check_repeated_in_a_for_loop() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, Recognizer r, string newKey)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                for (var attempt = 0; attempt < 3; attempt++)
                {
                    if ({|CMEK003:r.KmsKeyName|} == newKey)
                    {
                        return;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Parameter_resource() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, Recognizer recognizer, string newKey)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                Debug.Assert({|CMEK003:recognizer.KmsKeyName|} == newKey);
            }
        }
        """);

    [Fact]
    public Task Field_resource() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            private Recognizer _recognizer;
            private readonly SpeechClient _speech = SpeechClient.Create();

            void M(string newKey)
            {
                _speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                Debug.Assert({|CMEK003:_recognizer.KmsKeyName|} == newKey);
            }
        }
        """);

    [Fact]
    public Task Helper_that_receives_another_resource_does_not_hide_the_check() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, Recognizer r, Recognizer other, string newKey)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                Log(other);
                Log(r.Name);
                Debug.Assert({|CMEK003:r.KmsKeyName|} == newKey);
            }

            static void Log(object value) { }
        }
        """);
}
