using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek002RegionalKeyGlobalEndpointAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek002;

public class Cmek002DiagnosticTests
{
    [Fact]
    public Task Create_then_regional_key_is_reported_with_both_origins() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M()
            {
                var speech = SpeechClient.Create();
                var config = new Config
                {
                    Name = "projects/p/locations/global/config",
                    KmsKeyName = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k",
                };
                speech.UpdateConfig(config, new FieldMask { Paths = { "kms_key_name" } });
            }
        }
        """,
        Verify.Diagnostic("CMEK002").WithSpan(14, 9, 14, 82).WithSpan(8, 22, 8, 43).WithSpan(12, 26, 12, 85).WithMessage(
            "KMS key location 'europe-west4' (key 'projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k' at line 12) is regional, " +
            "but the client talks to the global endpoint (SpeechClient.Create() at line 8 uses the global endpoint); set Endpoint = \"europe-west4-speech.googleapis.com\""));

    [Fact]
    public Task Typed_key_from_factory_with_configuration_project_async() => Verify.AnalyzerAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            async Task M(string projectId, CancellationToken ct)
            {
                var speech = await SpeechClient.CreateAsync(ct);
                await {|CMEK002:speech.UpdateConfigAsync(new Config
                {
                    KmsKeyNameAsCryptoKeyName = CryptoKeyName.FromProjectLocationKeyRingCryptoKey(projectId, "europe", "ring", "key"),
                }, new FieldMask(), ct)|};
            }
        }
        """);

    [Fact]
    public Task Builder_without_endpoint_and_request_object() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            const string Key = "projects/p/locations/us/keyRings/r/cryptoKeys/k";

            void M()
            {
                var speech = new SpeechClientBuilder { CredentialsPath = "creds.json" }.Build();
                var request = new UpdateConfigRequest { Config = new Config { KmsKeyName = Key } };
                {|CMEK002:speech.UpdateConfig(request)|};
            }
        }
        """);

    [Fact]
    public Task Client_in_a_readonly_field_assigned_in_the_constructor() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class KeyService
        {
            private readonly SpeechClient _speech;

            public KeyService() => _speech = SpeechClient.Create();

            public void Enable(string project) =>
                {|CMEK002:_speech.UpdateConfig(new Config { KmsKeyName = $"projects/{project}/locations/asia-southeast1/keyRings/r/cryptoKeys/k" }, null)|};
        }
        """);

    [Fact]
    public Task Global_key_unknown_key_removal_and_unknown_client_stay_silent() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M(string key, SpeechClient injected, bool flag)
            {
                var speech = SpeechClient.Create();
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/global/keyRings/r/cryptoKeys/k" }, null);
                speech.UpdateConfig(new Config { KmsKeyName = key }, null);
                speech.UpdateConfig(new Config { KmsKeyName = "" }, null);
                speech.UpdateConfig(new Config { KmsKeyName = flag ? "projects/p/locations/eu/keyRings/r/cryptoKeys/k" : "projects/p/locations/global/keyRings/r/cryptoKeys/k" }, null);
                injected.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/eu/keyRings/r/cryptoKeys/k" }, null);
                var regional = new SpeechClientBuilder { Endpoint = "eu-speech.googleapis.com" }.Build();
                regional.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task Reassigned_key_is_unknown() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(string[] keys)
            {
                var speech = SpeechClient.Create();
                var key = "projects/p/locations/eu/keyRings/r/cryptoKeys/k";
                foreach (var k in keys) { key = k; }
                speech.UpdateConfig(new Config { KmsKeyName = key }, null);
                var config = new Config();
                config.KmsKeyName = "projects/p/locations/eu/keyRings/r/cryptoKeys/k";
                Mutate(config);
                speech.UpdateConfig(config, null);
            }

            static void Mutate(Config config) => config.KmsKeyName = "";
        }
        """);

    [Fact]
    public Task No_speech_reference_and_user_type_named_SpeechClient_stay_silent() => Verify.AnalyzerAsync(
        """
        namespace MyApp
        {
            class Config { public string KmsKeyName { get; set; } }
            class SpeechClient
            {
                public static SpeechClient Create() => new SpeechClient();
                public void UpdateConfig(Config config, object mask) { }
            }

            class C
            {
                void M() => SpeechClient.Create().UpdateConfig(new Config { KmsKeyName = "projects/p/locations/eu/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);
}
