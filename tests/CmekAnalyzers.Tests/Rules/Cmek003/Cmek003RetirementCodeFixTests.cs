using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek003ReencryptionAssumedAnalyzer, CmekAnalyzers.CodeFixes.ReencryptCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek003;

/// <summary>CMEK003 trigger (b): a key version destroyed after the key change gets loops that update every existing resource first.</summary>
public class Cmek003RetirementCodeFixTests
{
    [Fact]
    public Task Sync_loops_over_every_resource_kind_are_inserted_before_the_destroy() => Verify.FixAsync(
        """
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string newKey)
            {
                speech.UpdateConfig(new Config { Name = "projects/p/locations/europe-west4/config", KmsKeyName = newKey }, null);
                // the old version is not needed any more
                {|CMEK003:kms.DestroyCryptoKeyVersion("projects/p/locations/europe-west4/keyRings/ring/cryptoKeys/old/cryptoKeyVersions/1")|};
            }
        }
        """,
        """
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string newKey)
            {
                speech.UpdateConfig(new Config { Name = "projects/p/locations/europe-west4/config", KmsKeyName = newKey }, null);
                foreach (var recognizer in speech.ListRecognizers("projects/p/locations/europe-west4"))
                {
                    speech.UpdateRecognizer(recognizer, new FieldMask()).PollUntilCompleted();
                }
                foreach (var customClass in speech.ListCustomClasses("projects/p/locations/europe-west4"))
                {
                    speech.UpdateCustomClass(customClass, new FieldMask()).PollUntilCompleted();
                }
                foreach (var phraseSet in speech.ListPhraseSets("projects/p/locations/europe-west4"))
                {
                    speech.UpdatePhraseSet(phraseSet, new FieldMask()).PollUntilCompleted();
                }
                // the old version is not needed any more
                kms.DestroyCryptoKeyVersion("projects/p/locations/europe-west4/keyRings/ring/cryptoKeys/old/cryptoKeyVersions/1");
            }
        }
        """);

    [Fact]
    public Task Async_uses_await_foreach_and_the_parent_of_a_request_config_from_consts() => Verify.FixAsync(
        """
        using System.Threading.Tasks;
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;

        class C
        {
            private const string Location = "projects/p/locations/global";

            async Task M(SpeechClient speech, KeyManagementServiceClient kms, string newKey, Google.Cloud.Kms.V1.CryptoKeyVersionName old)
            {
                var recognizer = "taken";
                await speech.UpdateConfigAsync(new UpdateConfigRequest { Config = new Config { Name = Location + "/config", KmsKeyName = newKey } });
                await {|CMEK003:kms.DestroyCryptoKeyVersionAsync(old)|};
            }
        }
        """,
        """
        using System.Threading.Tasks;
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;

        class C
        {
            private const string Location = "projects/p/locations/global";

            async Task M(SpeechClient speech, KeyManagementServiceClient kms, string newKey, Google.Cloud.Kms.V1.CryptoKeyVersionName old)
            {
                var recognizer = "taken";
                await speech.UpdateConfigAsync(new UpdateConfigRequest { Config = new Config { Name = Location + "/config", KmsKeyName = newKey } });
                await foreach (var recognizer2 in speech.ListRecognizersAsync("projects/p/locations/global"))
                {
                    await (await speech.UpdateRecognizerAsync(recognizer2, new global::Google.Protobuf.WellKnownTypes.FieldMask())).PollUntilCompletedAsync();
                }
                await foreach (var customClass in speech.ListCustomClassesAsync("projects/p/locations/global"))
                {
                    await (await speech.UpdateCustomClassAsync(customClass, new global::Google.Protobuf.WellKnownTypes.FieldMask())).PollUntilCompletedAsync();
                }
                await foreach (var phraseSet in speech.ListPhraseSetsAsync("projects/p/locations/global"))
                {
                    await (await speech.UpdatePhraseSetAsync(phraseSet, new global::Google.Protobuf.WellKnownTypes.FieldMask())).PollUntilCompletedAsync();
                }
                await kms.DestroyCryptoKeyVersionAsync(old);
            }
        }
        """);

    [Fact]
    public Task Parent_from_a_typed_config_name() => Verify.FixAsync(
        """
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string newKey, string old)
            {
                var config = new Config { ConfigName = ConfigName.FromProjectLocation("p", "us"), KmsKeyName = newKey };
                speech.UpdateConfig(config, null);
                {|CMEK003:kms.DestroyCryptoKeyVersion(old)|};
            }
        }
        """,
        """
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string newKey, string old)
            {
                var config = new Config { ConfigName = ConfigName.FromProjectLocation("p", "us"), KmsKeyName = newKey };
                speech.UpdateConfig(config, null);
                foreach (var recognizer in speech.ListRecognizers("projects/p/locations/us"))
                {
                    speech.UpdateRecognizer(recognizer, new FieldMask()).PollUntilCompleted();
                }
                foreach (var customClass in speech.ListCustomClasses("projects/p/locations/us"))
                {
                    speech.UpdateCustomClass(customClass, new FieldMask()).PollUntilCompleted();
                }
                foreach (var phraseSet in speech.ListPhraseSets("projects/p/locations/us"))
                {
                    speech.UpdatePhraseSet(phraseSet, new FieldMask()).PollUntilCompleted();
                }
                kms.DestroyCryptoKeyVersion(old);
            }
        }
        """);

    [Fact]
    public Task No_fix_when_the_destroy_is_not_in_a_block() => Verify.FixAsync(
        """
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string newKey, string old, bool retire)
            {
                speech.UpdateConfig(new Config { Name = "projects/p/locations/global/config", KmsKeyName = newKey }, null);
                if (retire) {|CMEK003:kms.DestroyCryptoKeyVersion(old)|};
            }
        }
        """,
        """
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string newKey, string old, bool retire)
            {
                speech.UpdateConfig(new Config { Name = "projects/p/locations/global/config", KmsKeyName = newKey }, null);
                if (retire) {|CMEK003:kms.DestroyCryptoKeyVersion(old)|};
            }
        }
        """);

    [Fact]
    public Task No_fix_when_the_config_name_is_not_known() => Verify.FixAsync(
        """
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string configName, string newKey)
            {
                speech.UpdateConfig(new Config { Name = configName, KmsKeyName = newKey }, null);
                {|CMEK003:kms.DestroyCryptoKeyVersion("projects/p/locations/global/keyRings/ring/cryptoKeys/old/cryptoKeyVersions/1")|};
            }
        }
        """,
        """
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string configName, string newKey)
            {
                speech.UpdateConfig(new Config { Name = configName, KmsKeyName = newKey }, null);
                {|CMEK003:kms.DestroyCryptoKeyVersion("projects/p/locations/global/keyRings/ring/cryptoKeys/old/cryptoKeyVersions/1")|};
            }
        }
        """);

    [Fact]
    public Task No_fix_when_the_config_name_is_missing() => Verify.FixAsync(
        """
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string newKey)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                {|CMEK003:kms.DestroyCryptoKeyVersion("projects/p/locations/global/keyRings/ring/cryptoKeys/old/cryptoKeyVersions/1")|};
            }
        }
        """,
        """
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string newKey)
            {
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                {|CMEK003:kms.DestroyCryptoKeyVersion("projects/p/locations/global/keyRings/ring/cryptoKeys/old/cryptoKeyVersions/1")|};
            }
        }
        """);

    [Fact]
    public Task Fix_all_in_one_document() => Verify.FixAsync(
        """
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void A(SpeechClient speech, KeyManagementServiceClient kms, string newKey, string old)
            {
                speech.UpdateConfig(new Config { Name = "projects/p/locations/us/config", KmsKeyName = newKey }, null);
                {|CMEK003:kms.DestroyCryptoKeyVersion(old)|};
            }

            void B(SpeechClient client, KeyManagementServiceClient kms, string old)
            {
                client.UpdateConfig(new Config { Name = "projects/q/locations/eu/config", KmsKeyName = "" }, null);
                {|CMEK003:kms.DestroyCryptoKeyVersion(old)|};
            }
        }
        """,
        """
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void A(SpeechClient speech, KeyManagementServiceClient kms, string newKey, string old)
            {
                speech.UpdateConfig(new Config { Name = "projects/p/locations/us/config", KmsKeyName = newKey }, null);
                foreach (var recognizer in speech.ListRecognizers("projects/p/locations/us"))
                {
                    speech.UpdateRecognizer(recognizer, new FieldMask()).PollUntilCompleted();
                }
                foreach (var customClass in speech.ListCustomClasses("projects/p/locations/us"))
                {
                    speech.UpdateCustomClass(customClass, new FieldMask()).PollUntilCompleted();
                }
                foreach (var phraseSet in speech.ListPhraseSets("projects/p/locations/us"))
                {
                    speech.UpdatePhraseSet(phraseSet, new FieldMask()).PollUntilCompleted();
                }
                kms.DestroyCryptoKeyVersion(old);
            }

            void B(SpeechClient client, KeyManagementServiceClient kms, string old)
            {
                client.UpdateConfig(new Config { Name = "projects/q/locations/eu/config", KmsKeyName = "" }, null);
                foreach (var recognizer in client.ListRecognizers("projects/q/locations/eu"))
                {
                    client.UpdateRecognizer(recognizer, new FieldMask()).PollUntilCompleted();
                }
                foreach (var customClass in client.ListCustomClasses("projects/q/locations/eu"))
                {
                    client.UpdateCustomClass(customClass, new FieldMask()).PollUntilCompleted();
                }
                foreach (var phraseSet in client.ListPhraseSets("projects/q/locations/eu"))
                {
                    client.UpdatePhraseSet(phraseSet, new FieldMask()).PollUntilCompleted();
                }
                kms.DestroyCryptoKeyVersion(old);
            }
        }
        """);

    /// <summary>
    /// Fix All (what <c>dotnet format</c> runs) applies both CMEK003 fixes at once, because they share one provider and one
    /// equivalence key. One at a time, the check's Update call already ends the destroy's warning in M.
    /// </summary>
    [Fact]
    public async Task Fix_all_applies_the_check_fix_and_the_destroy_fix_together()
    {
        var test = Verify.Create();
        test.TestState.Sources.Add(Source);
        test.FixedState.Sources.Add(OneAtATime);
        test.BatchFixedState.Sources.Add(AllAtOnce);
        await test.RunAsync();
    }

    private const string Source = """
        using System.Diagnostics;
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string newKey, string old)
            {
                var meetings = speech.GetRecognizer("projects/p/locations/global/recognizers/meetings");
                speech.UpdateConfig(new Config { Name = "projects/p/locations/global/config", KmsKeyName = newKey }, null);
                Debug.Assert({|CMEK003:meetings.KmsKeyName|} == newKey);
                {|CMEK003:kms.DestroyCryptoKeyVersion(old)|};
            }

            void N(SpeechClient speech, KeyManagementServiceClient kms, string newKey, string old)
            {
                speech.UpdateConfig(new Config { Name = "projects/p/locations/global/config", KmsKeyName = newKey }, null);
                {|CMEK003:kms.DestroyCryptoKeyVersion(old)|};
            }
        }
        """;

    private const string AllAtOnce = """
        using System.Diagnostics;
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string newKey, string old)
            {
                var meetings = speech.GetRecognizer("projects/p/locations/global/recognizers/meetings");
                speech.UpdateConfig(new Config { Name = "projects/p/locations/global/config", KmsKeyName = newKey }, null);
                meetings = speech.UpdateRecognizer(meetings, new FieldMask()).PollUntilCompleted().Result;
                Debug.Assert(meetings.KmsKeyName == newKey);
                foreach (var recognizer in speech.ListRecognizers("projects/p/locations/global"))
                {
                    speech.UpdateRecognizer(recognizer, new FieldMask()).PollUntilCompleted();
                }
                foreach (var customClass in speech.ListCustomClasses("projects/p/locations/global"))
                {
                    speech.UpdateCustomClass(customClass, new FieldMask()).PollUntilCompleted();
                }
                foreach (var phraseSet in speech.ListPhraseSets("projects/p/locations/global"))
                {
                    speech.UpdatePhraseSet(phraseSet, new FieldMask()).PollUntilCompleted();
                }
                kms.DestroyCryptoKeyVersion(old);
            }

            void N(SpeechClient speech, KeyManagementServiceClient kms, string newKey, string old)
            {
                speech.UpdateConfig(new Config { Name = "projects/p/locations/global/config", KmsKeyName = newKey }, null);
                foreach (var recognizer in speech.ListRecognizers("projects/p/locations/global"))
                {
                    speech.UpdateRecognizer(recognizer, new FieldMask()).PollUntilCompleted();
                }
                foreach (var customClass in speech.ListCustomClasses("projects/p/locations/global"))
                {
                    speech.UpdateCustomClass(customClass, new FieldMask()).PollUntilCompleted();
                }
                foreach (var phraseSet in speech.ListPhraseSets("projects/p/locations/global"))
                {
                    speech.UpdatePhraseSet(phraseSet, new FieldMask()).PollUntilCompleted();
                }
                kms.DestroyCryptoKeyVersion(old);
            }
        }
        """;

    private const string OneAtATime = """
        using System.Diagnostics;
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M(SpeechClient speech, KeyManagementServiceClient kms, string newKey, string old)
            {
                var meetings = speech.GetRecognizer("projects/p/locations/global/recognizers/meetings");
                speech.UpdateConfig(new Config { Name = "projects/p/locations/global/config", KmsKeyName = newKey }, null);
                meetings = speech.UpdateRecognizer(meetings, new FieldMask()).PollUntilCompleted().Result;
                Debug.Assert(meetings.KmsKeyName == newKey);
                kms.DestroyCryptoKeyVersion(old);
            }

            void N(SpeechClient speech, KeyManagementServiceClient kms, string newKey, string old)
            {
                speech.UpdateConfig(new Config { Name = "projects/p/locations/global/config", KmsKeyName = newKey }, null);
                foreach (var recognizer in speech.ListRecognizers("projects/p/locations/global"))
                {
                    speech.UpdateRecognizer(recognizer, new FieldMask()).PollUntilCompleted();
                }
                foreach (var customClass in speech.ListCustomClasses("projects/p/locations/global"))
                {
                    speech.UpdateCustomClass(customClass, new FieldMask()).PollUntilCompleted();
                }
                foreach (var phraseSet in speech.ListPhraseSets("projects/p/locations/global"))
                {
                    speech.UpdatePhraseSet(phraseSet, new FieldMask()).PollUntilCompleted();
                }
                kms.DestroyCryptoKeyVersion(old);
            }
        }
        """;
}
