using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek003ReencryptionAssumedAnalyzer, CmekAnalyzers.CodeFixes.ReencryptCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek003;

public class Cmek003CodeFixTests
{
    [Fact]
    public Task Sync_update_is_inserted_before_the_check_keeping_its_comment() => Verify.FixAsync(
        """
        using System.Diagnostics;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                var recognizer = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                // the recognizer must use the new key now
                Debug.Assert({|CMEK003:recognizer.KmsKeyName|} == newKey);
            }
        }
        """,
        """
        using System.Diagnostics;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M(SpeechClient speech, string newKey)
            {
                var recognizer = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                speech.UpdateConfig(new Config { KmsKeyName = newKey }, null);
                recognizer = speech.UpdateRecognizer(recognizer, new FieldMask()).PollUntilCompleted().Result;
                // the recognizer must use the new key now
                Debug.Assert(recognizer.KmsKeyName == newKey);
            }
        }
        """);

    [Fact]
    public Task Async_update_in_a_foreach_gets_a_new_local() => Verify.FixAsync(
        """
        using System;
        using System.Threading.Tasks;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            async Task M(SpeechClient speech, PhraseSet[] existing, string newKey)
            {
                await speech.UpdateConfigAsync(new Config { KmsKeyName = newKey }, null);
                foreach (var phraseSet in existing)
                {
                    if ({|CMEK003:phraseSet.KmsKeyName|} != newKey) throw new InvalidOperationException();
                }
            }
        }
        """,
        """
        using System;
        using System.Threading.Tasks;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            async Task M(SpeechClient speech, PhraseSet[] existing, string newKey)
            {
                await speech.UpdateConfigAsync(new Config { KmsKeyName = newKey }, null);
                foreach (var phraseSet in existing)
                {
                    var phraseSetUpdated = (await (await speech.UpdatePhraseSetAsync(phraseSet, new FieldMask())).PollUntilCompletedAsync()).Result;
                    if (phraseSetUpdated.KmsKeyName != newKey) throw new InvalidOperationException();
                }
            }
        }
        """);
}
