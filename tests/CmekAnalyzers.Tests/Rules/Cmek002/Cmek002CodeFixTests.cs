using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek002RegionalKeyGlobalEndpointAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.Cmek002;

public class Cmek002CodeFixTests
{
    [Fact]
    public Task Create_becomes_a_builder_with_the_regional_endpoint() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                // the client for key admin
                var speech = SpeechClient.Create(); // global by default
                {|CMEK002:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                // the client for key admin
                var speech = new SpeechClientBuilder { Endpoint = "eu-speech.googleapis.com" }.Build(); // global by default
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task CreateAsync_becomes_BuildAsync_keeping_the_token() => Verify.FixAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Google.Cloud.Speech.V2;

        class C
        {
            async Task M(CancellationToken ct)
            {
                var speech = await SpeechClient.CreateAsync(ct);
                await {|CMEK002:speech.UpdateConfigAsync(new Config { KmsKeyName = "projects/p/locations/us-central1/keyRings/r/cryptoKeys/k" }, null, ct)|};
            }
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Google.Cloud.Speech.V2;

        class C
        {
            async Task M(CancellationToken ct)
            {
                var speech = await new SpeechClientBuilder { Endpoint = "us-central1-speech.googleapis.com" }.BuildAsync(ct);
                await speech.UpdateConfigAsync(new Config { KmsKeyName = "projects/p/locations/us-central1/keyRings/r/cryptoKeys/k" }, null, ct);
            }
        }
        """);

    [Fact]
    public Task Endpoint_is_added_to_a_multi_line_builder_initializer() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var builder = new SpeechClientBuilder
                {
                    CredentialsPath = "creds.json", // service account
                };
                var speech = builder.Build();
                {|CMEK002:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var builder = new SpeechClientBuilder
                {
                    Endpoint = "us-speech.googleapis.com",
                    CredentialsPath = "creds.json", // service account
                };
                var speech = builder.Build();
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task Endpoint_is_added_to_a_builder_without_initializer() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder().Build();
                {|CMEK002:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task No_fix_when_the_config_is_elsewhere() => Verify.FixAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = SpeechClient.Create();
                {|CMEK002:speech.UpdateConfig(new Config { Name = "projects/p/locations/global/config", KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """,
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                var speech = SpeechClient.Create();
                {|CMEK002:speech.UpdateConfig(new Config { Name = "projects/p/locations/global/config", KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """);
}
