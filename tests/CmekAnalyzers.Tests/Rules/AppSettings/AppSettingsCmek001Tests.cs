using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek001KeyEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.AppSettings;

/// <summary>CMEK001 with the key, the endpoint or both read from appsettings.json.</summary>
public class AppSettingsCmek001Tests
{
    [Fact]
    public Task Key_from_the_configuration_indexer_names_the_file_and_key() => AppSettingsTest.RunAsync<Cmek001KeyEndpointMismatchAnalyzer>(
        """
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.Configuration;

        class C
        {
            private readonly IConfiguration _configuration;

            public C(IConfiguration configuration) => _configuration = configuration;

            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                speech.UpdateConfig(new Config { KmsKeyName = _configuration["Speech:KmsKeyName"] }, null);
            }
        }
        """,
        Verify.Diagnostic("CMEK001").WithSpan(13, 9, 13, 99).WithSpan(12, 59, 12, 85).WithSpan(13, 55, 13, 90).WithMessage(
            "KMS key location 'europe-west4' (key 'projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k' from appsettings.json (Speech:KmsKeyName) at line 13) " +
            "does not match the Speech endpoint location 'us' (endpoint 'us-speech.googleapis.com' set at line 12)"));

    [Fact]
    public Task Endpoint_from_a_section_carries_a_location_in_the_json_file() => AppSettingsTest.RunAsync<Cmek001KeyEndpointMismatchAnalyzer>(
        """
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.Configuration;

        class C
        {
            void M(IConfiguration configuration)
            {
                var speech = new SpeechClientBuilder { Endpoint = configuration.GetSection("Speech")["Endpoint"] }.Build();
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/eu/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """,
        Verify.Diagnostic("CMEK001").WithSpan(9, 9, 9, 113).WithSpan(8, 59, 8, 105).WithSpan(9, 55, 9, 104)
            .WithSpan("appsettings.json", 5, 17, 5, 43).WithMessage(
            "KMS key location 'eu' (key 'projects/p/locations/eu/keyRings/r/cryptoKeys/k' at line 9) " +
            "does not match the Speech endpoint location 'us' (endpoint 'us-speech.googleapis.com' from appsettings.json (Speech:Endpoint) set at line 8)"));

    [Fact]
    public async Task Endpoint_from_configuration_gets_no_literal_fix()
    {
        const string source = """
            using Google.Cloud.Speech.V2;
            using Microsoft.Extensions.Configuration;

            class C
            {
                void M(IConfiguration configuration)
                {
                    var speech = new SpeechClientBuilder { Endpoint = configuration["Speech:Endpoint"] }.Build();
                    {|CMEK001:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/eu/keyRings/r/cryptoKeys/k" }, null)|};
                }
            }
            """;
        var test = Verify.Create();
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalFiles.Add(("appsettings.json", AppSettingsTest.Json));
        test.FixedState.Sources.Add(source);
        test.FixedState.AdditionalFiles.Add(("appsettings.json", AppSettingsTest.Json));
        await test.RunAsync();
    }

    [Fact]
    public async Task Key_from_configuration_with_a_literal_endpoint_is_fixed_at_the_endpoint()
    {
        var test = Verify.Create();
        test.TestState.Sources.Add("""
            using Google.Cloud.Speech.V2;
            using Microsoft.Extensions.Configuration;

            class C
            {
                void M(IConfiguration configuration)
                {
                    var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                    {|CMEK001:speech.UpdateConfig(new Config { KmsKeyName = configuration["Speech:KmsKeyName"] }, null)|};
                }
            }
            """);
        test.FixedState.Sources.Add("""
            using Google.Cloud.Speech.V2;
            using Microsoft.Extensions.Configuration;

            class C
            {
                void M(IConfiguration configuration)
                {
                    var speech = new SpeechClientBuilder { Endpoint = "europe-west4-speech.googleapis.com" }.Build();
                    speech.UpdateConfig(new Config { KmsKeyName = configuration["Speech:KmsKeyName"] }, null);
                }
            }
            """);
        test.TestState.AdditionalFiles.Add(("appsettings.json", AppSettingsTest.Json));
        test.FixedState.AdditionalFiles.Add(("appsettings.json", AppSettingsTest.Json));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("configuration[\"Speech:Endpoint\"]")]
    [InlineData("configuration[\"SPEECH:endpoint\"]")]
    [InlineData("configuration.GetSection(\"Speech\")[\"Endpoint\"]")]
    [InlineData("configuration.GetSection(\"Speech\").GetSection(\"Endpoint\").Value")]
    [InlineData("configuration.GetSection(\"Speech:Endpoint\").Value")]
    [InlineData("configuration.GetRequiredSection(\"Speech\")[\"Endpoint\"]")]
    [InlineData("configuration.GetSection(\"Speech\")?.GetSection(\"Endpoint\")?.Value")]
    [InlineData("configuration.GetValue<string>(\"Speech:Endpoint\")")]
    [InlineData("configuration.GetSection(\"Speech\").GetValue<string>(\"Endpoint\")")]
    [InlineData("configuration.GetValue<string>(\"Speech:Endpoint\", \"eu-speech.googleapis.com\")")]
    [InlineData("(string)configuration.GetValue(typeof(string), \"Speech:Endpoint\")!")]
    [InlineData("section[\"Endpoint\"]")]
    [InlineData("configuration.GetSection(SectionName)[EndpointKey]")]
    [InlineData("configuration.GetSection(\"Speech\").Get<SpeechOptions>()!.Endpoint")]
    [InlineData("configuration.GetSection(\"Speech\").Get<SpeechOptions>()?.Endpoint")]
    [InlineData("options.Endpoint")]
    public Task Endpoint_read_shapes(string read) => AppSettingsTest.RunAsync<Cmek001KeyEndpointMismatchAnalyzer>(
        $$"""
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.Configuration;

        class SpeechOptions
        {
            public string KmsKeyName { get; set; } = "";
            public string Endpoint { get; set; } = "";
        }

        class C
        {
            const string SectionName = "Speech";
            const string EndpointKey = "Endpoint";

            void M(IConfiguration configuration)
            {
                var section = configuration.GetSection(SectionName);
                var options = section.Get<SpeechOptions>()!;
                var speech = new SpeechClientBuilder { Endpoint = {{read}} }.Build();
                {|CMEK001:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/eu/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """);

    [Theory]
    [InlineData("configuration[\"Speech:Missing\"]")]
    [InlineData("configuration[\"Speech\"]")]
    [InlineData("configuration.GetSection(\"Other\")[\"Endpoint\"]")]
    [InlineData("configuration.GetValue<string>(\"Speech:Missing\", \"eu-speech.googleapis.com\")")]
    [InlineData("unknownSection[\"Endpoint\"]")]
    [InlineData("configuration.GetSection(name)[\"Endpoint\"]")]
    [InlineData("configuration.GetSection(\"Speech\").Get<WrittenOptions>()!.Endpoint")]
    [InlineData("configuration.GetSection(\"Speech\").Get<GetOnlyOptions>()!.Endpoint")]
    public Task Unknown_configuration_reads_stay_silent(string read) => AppSettingsTest.RunAsync<Cmek001KeyEndpointMismatchAnalyzer>(
        $$"""
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.Configuration;

        class WrittenOptions
        {
            public string Endpoint { get; set; } = "";
        }

        class GetOnlyOptions
        {
            public string Endpoint { get; } = "";
        }

        class C
        {
            void M(IConfiguration configuration, IConfigurationSection unknownSection, string name)
            {
                new WrittenOptions().Endpoint = "eu-speech.googleapis.com";
                var speech = new SpeechClientBuilder { Endpoint = {{read}} }.Build();
                speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/eu/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);

    [Fact]
    public Task Connection_string_is_read_from_the_ConnectionStrings_section() => AppSettingsTest.RunAsync<Cmek001KeyEndpointMismatchAnalyzer>(
        """
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.Configuration;

        class C
        {
            void M(IConfiguration configuration)
            {
                var speech = new SpeechClientBuilder { Endpoint = configuration.GetConnectionString("Speech") }.Build();
                {|CMEK001:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """);

    [Fact]
    public Task Registered_client_with_an_endpoint_from_configuration() => AppSettingsTest.RunAsync<Cmek001KeyEndpointMismatchAnalyzer>(
        """
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        static class Startup
        {
            public static void Configure(IServiceCollection services, IConfiguration configuration)
                => services.AddSpeechClient(b => b.Endpoint = configuration.GetSection("Speech").GetValue<string>("Endpoint"));
        }

        class KeyService
        {
            private readonly SpeechClient _speech;

            public KeyService(SpeechClient speech) => _speech = speech;

            public void Apply()
                => {|CMEK001:_speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/eu/keyRings/r/cryptoKeys/k" }, null)|};
        }
        """);
}
