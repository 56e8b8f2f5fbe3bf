using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek003ReencryptionAssumedAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek003;

public class Cmek003ValidTests
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
    public Task Update_on_every_path_before_the_check() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string newKey, bool x)
            {
                var r = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                if (x)
                {
                    r = speech.UpdateRecognizer(r, new FieldMask()).PollUntilCompleted().Result;
                }
                else
                {
                    speech.UpdateRecognizer(new UpdateRecognizerRequest { Recognizer = r }).PollUntilCompleted();
                }

                Debug.Assert(r.KmsKeyName == newKey);
            }
        }
        """);

    [Fact]
    public Task Async_update_before_the_check() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            async Task M(SpeechClient speech, Recognizer r, string newKey)
            {
                await speech.UpdateConfigAsync(new Config { KmsKeyName = newKey }, null);
                r = (await (await speech.UpdateRecognizerAsync(r, new FieldMask())).PollUntilCompletedAsync()).Result;
                Debug.Assert(r.KmsKeyName == newKey);
            }
        }
        """);

    [Fact]
    public Task Loop_over_listed_recognizers_updating_each_then_check() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                var r = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                foreach (var item in speech.ListRecognizers("projects/p/locations/global"))
                {
                    speech.UpdateRecognizer(item, new FieldMask()).PollUntilCompleted();
                }

                Debug.Assert(r.KmsKeyName == newKey);
            }
        }
        """);

    [Fact]
    public Task Check_of_the_value_returned_by_the_update() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, Recognizer r, string newKey)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                var updated = speech.UpdateRecognizer(r, new FieldMask()).PollUntilCompleted().Result;
                Debug.Assert(updated.KmsKeyName == newKey);
                Debug.Assert(speech.UpdateRecognizer(r, new FieldMask()).PollUntilCompleted().Result.KmsKeyName == newKey);
            }
        }
        """);

    [Fact]
    public Task Resource_created_after_the_key_change() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                var created = speech.CreateRecognizer("projects/p/locations/global", new Recognizer(), "fresh").PollUntilCompleted().Result;
                Debug.Assert(created.KmsKeyName == newKey);
            }
        }
        """);

    [Fact]
    public Task Batch_recognize_after_the_key_change() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                var operation = speech.BatchRecognize(new BatchRecognizeRequest { Recognizer = "projects/p/locations/global/recognizers/r" });
                operation.PollUntilCompleted();
            }
        }
        """);

    [Fact]
    public Task Comparison_with_the_old_key() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string oldKey, string newKey)
            {
                var r = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                if (r.KmsKeyName == oldKey)
                {
                    Console.WriteLine("still on the old key, update pending");
                }
            }
        }
        """);

    [Fact]
    public Task Emptiness_check_after_setting_a_key_is_not_about_the_new_key() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                var r = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                Debug.Assert(r.KmsKeyName != "");
            }
        }
        """);

    [Fact]
    public Task Read_that_compares_nothing() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                var r = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                Console.WriteLine(r.KmsKeyName);
                var version = r.KmsKeyVersionName;
            }
        }
        """);

    [Fact]
    public Task Update_in_a_helper_method_called_before_the_check() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                var r = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                Reencrypt(speech, r);
                Debug.Assert(r.KmsKeyName == newKey);
            }

            static void Reencrypt(SpeechClient speech, Recognizer recognizer)
                => recognizer.MergeFrom(speech.UpdateRecognizer(recognizer, new FieldMask()).PollUntilCompleted().Result);
        }
        """);

    [Fact]
    public Task Destroy_after_updating_the_resources() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, Recognizer r, PhraseSet s, string newKey)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                r = speech.UpdateRecognizer(r, new FieldMask()).PollUntilCompleted().Result;
                s = speech.UpdatePhraseSet(s, new FieldMask()).PollUntilCompleted().Result;
                kms.DestroyCryptoKeyVersion("projects/p/locations/global/keyRings/ring/cryptoKeys/old/cryptoKeyVersions/1");
            }
        }
        """);

    [Fact]
    public Task Destroy_after_updating_every_listed_recognizer() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string newKey)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                foreach (var r in speech.ListRecognizers("projects/p/locations/global"))
                {
                    speech.UpdateRecognizer(r, new FieldMask()).PollUntilCompleted();
                }

                kms.DestroyCryptoKeyVersion("projects/p/locations/global/keyRings/ring/cryptoKeys/old/cryptoKeyVersions/1");
            }
        }
        """);

    [Fact]
    public Task No_key_change() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string key)
            {
                var r = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { Name = "projects/p/locations/global/config" }, new FieldMask { Paths = { "name" } });
                Debug.Assert(r.KmsKeyName == key);
                kms.DestroyCryptoKeyVersion("projects/p/locations/global/keyRings/ring/cryptoKeys/old/cryptoKeyVersions/1");
            }
        }
        """);

    [Fact]
    public Task Key_change_in_another_method() => Verify.AnalyzerAsync(Usings + """
        class C
        {
            void Change(SpeechClient speech, string newKey) => speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);

            void Check(Recognizer r, string newKey) => Debug.Assert(r.KmsKeyName == newKey);
        }
        """);

    [Fact]
    public Task Code_without_speech() => Verify.AnalyzerAsync("""
        using System.Diagnostics;

        namespace Local
        {
            class Config { public string KmsKeyName { get; set; } }
            class Recognizer { public string KmsKeyName { get; set; } }
            class SpeechClient
            {
                public Config UpdateConfig(Config config, object mask) => config;
            }

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
}
