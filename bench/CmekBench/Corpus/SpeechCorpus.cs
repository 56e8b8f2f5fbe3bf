using System.Text;

namespace CmekBench.Corpus;

/// <summary>
/// Corpus (2), Speech-heavy code: every file uses the Speech v2 client in one of eight realistic shapes (builders with
/// endpoints, Create/CreateAsync, clients injected through AddSpeechClient, UpdateConfig with keys and masks, resource calls,
/// key changes with checks, consts of another file). With <c>correct: false</c> about half of the files break one rule;
/// with <c>correct: true</c> (corpus 3) the same shapes are all right and must give no diagnostic.
/// </summary>
internal static class SpeechCorpus
{
    /// <summary>Speech locations and the KMS location of the same place (eu = europe).</summary>
    private static readonly (string Speech, string Kms)[] Locations =
        [("europe-west4", "europe-west4"), ("us-central1", "us-central1"), ("asia-southeast1", "asia-southeast1"), ("eu", "europe"), ("us", "us")];

    /// <summary>The endpoint every injected client gets (Startup.cs registers it).</summary>
    private const string InjectedLocation = "europe-west4";

    public const int Shapes = 8;

    public static IReadOnlyList<GeneratedFile> Generate(int files, bool correct)
    {
        var result = new List<GeneratedFile> { new("Shared/Settings.cs", Settings()), new("Shared/Startup.cs", Startup()) };
        for (var i = 0; i < files - 2; i++)
        {
            var broken = !correct && i / Shapes % 2 == 0;
            result.Add(new($"Speech/Feature{i:D5}.cs", File(i, broken, new Random(2000 + i))));
        }

        return result;
    }

    /// <summary>The diagnostics feature file <paramref name="index"/> of the incorrect corpus should get (shape 7 never breaks a rule;
    /// shape 5 gets CMEK003 twice: on the key check and on the destruction of the old key version).</summary>
    public static IEnumerable<string> ExpectedDiagnostics(int index)
        => index / Shapes % 2 != 0 ? [] : (index % Shapes) switch
        {
            0 => ["CMEK001"], 1 => ["CMEK002"], 2 => ["CMEK006"], 3 => ["CMEK005"], 4 => ["CMEK004"], 5 => ["CMEK003", "CMEK003"], 6 => ["CMEK007"], _ => [],
        };

    private static string Settings() => """
        namespace Bench.Speech;

        public static class Settings
        {
            public const string Project = "acme-speech";
            public const string GlobalKey = "projects/acme-speech/locations/global/keyRings/speech/cryptoKeys/key";
            public const string KeyVersion = GlobalKey + "/cryptoKeyVersions/3";
            public const string GlobalParent = "projects/" + Project + "/locations/global";
        }
        """;

    private static string Startup() => $$"""
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.DependencyInjection;

        namespace Bench.Speech;

        public static class Startup
        {
            public static IServiceCollection AddSpeech(this IServiceCollection services)
                => services.AddSpeechClient(builder => builder.Endpoint = "{{InjectedLocation}}-speech.googleapis.com");
        }
        """;

    private static string File(int i, bool broken, Random random)
    {
        var (location, kmsLocation) = Locations[random.Next(Locations.Length)];
        var (otherLocation, otherKms) = Locations[(Array.IndexOf(Locations, (location, kmsLocation)) + 1 + random.Next(Locations.Length - 1)) % Locations.Length];
        var endpoint = location + "-speech.googleapis.com";
        var body = (i % Shapes) switch
        {
            0 => BuilderKeyChange(i, endpoint, location, broken ? otherKms : kmsLocation),
            1 => CreateAsyncKeyChange(i, broken ? kmsLocation : "global"),
            2 => ResourceReads(i, endpoint, location, broken ? otherLocation : location),
            3 => InjectedMask(i, broken ? "kmsKeyName" : "kms_key_name"),
            4 => KeyFromOtherFile(i, broken ? "Settings.KeyVersion" : "Settings.GlobalKey"),
            5 => KeyRotation(i, broken),
            6 => EndpointSpelling(i, broken ? $"https://{endpoint}/" : endpoint, location),
            _ => InjectedReads(i),
        };
        var text = new StringBuilder();
        text.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Globalization;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Google.Cloud.Speech.V2;
            using Google.Protobuf.WellKnownTypes;

            namespace Bench.Speech.S{{i % 50}};

            {{body}}

            internal static class Feature{{i}}Text
            {
                public static string Describe(Recognizer recognizer)
                    => string.Format(CultureInfo.InvariantCulture, "{0} [{1}] models={2}", recognizer.DisplayName, recognizer.Name, string.Join(", ", recognizer.Annotations.Keys.OrderBy(k => k, StringComparer.Ordinal)));

                public static string Label(string tenant, int attempt) => $"tenant-{tenant.ToLowerInvariant()}-attempt-{attempt:D3}";
            }

            """);
        return text.ToString();
    }

    // Shape 0: builder with an endpoint; the key must be in the endpoint's location (CMEK001).
    private static string BuilderKeyChange(int i, string endpoint, string location, string keyLocation) => $$"""
        public sealed class KeySetup{{i}}
        {
            private const string Project = Settings.Project;
            private readonly SpeechClient _speech = new SpeechClientBuilder { Endpoint = "{{endpoint}}" }.Build();

            public Config Enable()
            {
                var config = new Config
                {
                    Name = ConfigName.FormatProjectLocation(Project, "{{location}}"),
                    KmsKeyName = CryptoKeyName.FormatProjectLocationKeyRingCryptoKey(Project, "{{keyLocation}}", "speech-ring", "key-{{i}}"),
                };
                return _speech.UpdateConfig(config, new FieldMask { Paths = { "kms_key_name" } });
            }

            public IReadOnlyList<string> RecognizerNames()
                => _speech.ListRecognizers($"projects/{Project}/locations/{{location}}").Select(r => r.Name).ToList();
        }
        """;

    // Shape 1: CreateAsync talks to the global endpoint, so a regional key needs an endpoint (CMEK002).
    private static string CreateAsyncKeyChange(int i, string keyLocation) => $$"""
        public sealed class CmekEnabler{{i}}
        {
            private readonly string _project;

            public CmekEnabler{{i}}(string project) => _project = project;

            public async Task EnableAsync(CancellationToken cancellationToken)
            {
                var speech = await SpeechClient.CreateAsync(cancellationToken);
                var key = $"projects/{_project}/locations/{{keyLocation}}/keyRings/speech-ring/cryptoKeys/speech-key-{{i}}";
                var request = new UpdateConfigRequest
                {
                    Config = new Config { Name = $"projects/{_project}/locations/{{keyLocation}}/config", KmsKeyName = key },
                    UpdateMask = new FieldMask { Paths = { "kms_key_name" } },
                };
                await speech.UpdateConfigAsync(request, cancellationToken);
            }
        }
        """;

    // Shape 2: resources read through a client with an endpoint from a static readonly field (CMEK006).
    private static string ResourceReads(int i, string endpoint, string location, string resourceLocation) => $$"""
        public sealed class RecognizerCatalog{{i}}
        {
            private static readonly string Endpoint = "{{endpoint}}";
            private readonly SpeechClient _speech = new SpeechClientBuilder { Endpoint = Endpoint }.Build();

            public Recognizer Meetings(string project)
                => _speech.GetRecognizer(RecognizerName.FromProjectLocationRecognizer(project, "{{resourceLocation}}", "meetings-{{i}}"));

            public async Task<PhraseSet> VocabularyAsync(string project, CancellationToken cancellationToken)
                => await _speech.GetPhraseSetAsync($"projects/{project}/locations/{{location}}/phraseSets/vocabulary-{{i}}", cancellationToken);

            public CustomClass Names(string project) => _speech.GetCustomClass(CustomClassName.FormatProjectLocationCustomClass(project, "{{location}}", "names"));
        }
        """;

    // Shape 3: an injected client and an update mask in JSON spelling (CMEK005).
    private static string InjectedMask(int i, string maskPath) => $$"""
        public sealed class ConfigUpdater{{i}}
        {
            private readonly SpeechClient _speech;

            public ConfigUpdater{{i}}(SpeechClient speech) => _speech = speech;

            public Task<Config> SetKeyAsync(string project, string ring)
                => _speech.UpdateConfigAsync(new UpdateConfigRequest
                {
                    Config = new Config
                    {
                        Name = ConfigName.FormatProjectLocation(project, "{{InjectedLocation}}"),
                        KmsKeyName = CryptoKeyName.FormatProjectLocationKeyRingCryptoKey(project, "{{InjectedLocation}}", ring, "key-{{i}}"),
                    },
                    UpdateMask = FieldMask.FromString("{{maskPath}}"),
                });
        }
        """;

    // Shape 4: the key is a const of another file (CMEK004 when it names a key version).
    private static string KeyFromOtherFile(int i, string keyConst) => $$"""
        public static class GlobalCmek{{i}}
        {
            public static Config Enable(SpeechClient speech)
                => speech.UpdateConfig(new Config { Name = Settings.GlobalParent + "/config", KmsKeyName = {{keyConst}} }, new FieldMask { Paths = { "kms_key_name" } });

            public static Config Current() => SpeechClient.Create().GetConfig(ConfigName.FromProjectLocation(Settings.Project, "global"));
        }
        """;

    // Shape 5: a key change, then a check of an existing recognizer's key (CMEK003 without the Update call).
    private static string KeyRotation(int i, bool broken) => $$"""
        public sealed class KeyRotation{{i}}
        {
            private const string Parent = Settings.GlobalParent;
            private readonly SpeechClient _speech = SpeechClient.Create();
            private readonly Google.Cloud.Kms.V1.KeyManagementServiceClient _kms = Google.Cloud.Kms.V1.KeyManagementServiceClient.Create();

            public void Rotate(string newKey, string oldKeyVersion)
            {
                var recognizer = _speech.GetRecognizer(Parent + "/recognizers/dictation-{{i}}");
                _speech.UpdateConfig(new Config { Name = Parent + "/config", KmsKeyName = newKey }, new FieldMask { Paths = { "kms_key_name" } });
        {{(broken ? "" : "        recognizer = _speech.UpdateRecognizer(recognizer, new FieldMask()).PollUntilCompleted().Result;\n")}}
                Debug.Assert(recognizer.KmsKeyName == newKey);
                _kms.DestroyCryptoKeyVersion(oldKeyVersion);
            }
        }
        """;

    // Shape 6: the endpoint spelled as a URL (CMEK007).
    private static string EndpointSpelling(int i, string endpoint, string location) => $$"""
        public static class ClientFactory{{i}}
        {
            public static SpeechClient Create() => new SpeechClientBuilder
            {
                Endpoint = "{{endpoint}}",
            }.Build();

            public static RecognizeResponse Transcribe(string project, string uri)
                => Create().Recognize(new RecognizeRequest
                {
                    Recognizer = $"projects/{project}/locations/{{location}}/recognizers/_",
                    Config = new RecognitionConfig { AutoDecodingConfig = new AutoDetectDecodingConfig() },
                    Uri = uri,
                });
        }
        """;

    // Shape 7: a service with an injected client (AddSpeechClient in Startup.cs) reading resources of its location.
    private static string InjectedReads(int i) => $$"""
        public sealed class TranscriptionService{{i}}
        {
            private readonly SpeechClient _speech;
            private readonly string _project;

            public TranscriptionService{{i}}(SpeechClient speech, string project)
            {
                _speech = speech;
                _project = project;
            }

            public async Task<IReadOnlyList<string>> PhraseSetsAsync(CancellationToken cancellationToken)
            {
                var recognizer = await _speech.GetRecognizerAsync(RecognizerName.FromProjectLocationRecognizer(_project, "{{InjectedLocation}}", "calls-{{i}}"), cancellationToken);
                var names = new List<string> { recognizer.Name };
                names.AddRange(_speech.ListPhraseSets($"projects/{_project}/locations/{{InjectedLocation}}").Select(p => p.Name));
                return names;
            }
        }
        """;
}
