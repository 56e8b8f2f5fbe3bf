using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek001KeyEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek001;

public class Cmek001DiagnosticTests
{
    [Fact]
    public Task Explicit_endpoint_mismatch_is_reported_with_endpoint_and_key() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                var config = new Config { KmsKeyName = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k" };
                speech.UpdateConfig(config, null);
            }
        }
        """,
        Verify.Diagnostic("CMEK001").WithSpan(9, 9, 9, 42).WithSpan(7, 59, 7, 85).WithSpan(8, 48, 8, 107).WithMessage(
            "KMS key location 'europe-west4' (key 'projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k' at line 8) " +
            "does not match the Speech endpoint location 'us' (endpoint 'us-speech.googleapis.com' set at line 7)"));

    [Fact]
    public Task Builder_local_with_a_later_Endpoint_assignment() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var builder = new SpeechClientBuilder();
                builder.Endpoint = "us-central1-speech.googleapis.com";
                var speech = builder.Build();
                {|CMEK001:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """);

    [Fact]
    public Task Endpoint_from_a_const_in_another_class() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        static class Endpoints
        {
            public const string Europe = "eu-speech.googleapis.com";
        }

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = Endpoints.Europe }.Build();
                {|CMEK001:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """);

    [Fact]
    public Task Endpoint_from_a_static_readonly_field_in_another_file() => Verify.AnalyzerAsync(
        new[]
        {
            """
            using Google.Cloud.Speech.V2;

            class C
            {
                void M()
                {
                    var speech = new SpeechClientBuilder { Endpoint = Settings.SpeechEndpoint }.Build();
                    speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/asia-southeast1/keyRings/r/cryptoKeys/k" }, null);
                }
            }
            """,
            """
            static class Settings
            {
                public static readonly string SpeechEndpoint = "europe-west4-speech.googleapis.com";
            }
            """,
        },
        Verify.Diagnostic("CMEK001").WithSpan("/0/Test0.cs", 8, 9, 8, 126).WithSpan("/0/Test0.cs", 7, 59, 7, 82).WithSpan("/0/Test0.cs", 8, 55, 8, 117).WithMessage(
            "KMS key location 'asia-southeast1' (key 'projects/p/locations/asia-southeast1/keyRings/r/cryptoKeys/k' at line 8) " +
            "does not match the Speech endpoint location 'europe-west4' (endpoint 'europe-west4-speech.googleapis.com' set at line 7)"));

    [Fact]
    public Task Request_object_form() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                var request = new UpdateConfigRequest
                {
                    Config = new Config { KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k" },
                    UpdateMask = new FieldMask { Paths = { "kms_key_name" } },
                };
                {|CMEK001:speech.UpdateConfig(request)|};
            }
        }
        """);

    [Fact]
    public Task Async_overload_with_cancellation_token() => Verify.AnalyzerAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        class C
        {
            async Task M(CancellationToken ct)
            {
                var speech = await new SpeechClientBuilder { Endpoint = "us-central1-speech.googleapis.com" }.BuildAsync(ct);
                var mask = new FieldMask { Paths = { "kms_key_name" } };
                await {|CMEK001:speech.UpdateConfigAsync(new Config { KmsKeyName = "projects/p/locations/us-east1/keyRings/r/cryptoKeys/k" }, mask, ct)|};
            }
        }
        """);

    [Fact]
    public Task Unknown_endpoint_but_config_location_differs_from_the_key() => Verify.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(SpeechClient speech)
            {
                speech.UpdateConfig(new Config
                {
                    Name = "projects/p/locations/eu/config",
                    KmsKeyName = "projects/p/locations/us-central1/keyRings/r/cryptoKeys/k",
                }, null);
            }
        }
        """,
        Verify.Diagnostic("CMEK001").WithSpan(7, 9, 11, 17).WithSpan(10, 26, 10, 84).WithSpan(9, 20, 9, 52).WithMessage(
            "KMS key location 'us-central1' (key 'projects/p/locations/us-central1/keyRings/r/cryptoKeys/k' at line 10) " +
            "does not match the config location 'eu' (config name at line 9; the endpoint must match both)"));
}
