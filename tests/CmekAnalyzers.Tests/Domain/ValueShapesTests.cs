using Cmek001 = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek001KeyEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;
using Cmek002 = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek002RegionalKeyGlobalEndpointAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;

namespace CmekAnalyzers.Tests.Domain;

/// <summary>
/// The value shapes the location engine follows, each proven through a diagnostic that only appears when the shape
/// resolves (CMEK002 for key shapes on the global client, CMEK001 for endpoint and client shapes).
/// </summary>
public class ValueShapesTests
{
    /// <summary>A class whose method M(string project) runs MEMBERS, then reports CMEK002 for KEY on SpeechClient.Create().</summary>
    private static Task KeyResolvesAsync(string key, string members = "", string usings = "") => Cmek002.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;
        USINGS

        class C
        {
            MEMBERS

            void M(string project)
            {
                var speech = SpeechClient.Create();
                {|CMEK002:speech.UpdateConfig(new Config { KEY }, null)|};
            }
        }
        """.Replace("USINGS", usings).Replace("MEMBERS", members).Replace("KEY", key));

    [Fact]
    public Task Const_in_another_class() => Cmek002.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        static class Keys
        {
            public const string Speech = "projects/p/locations/us/keyRings/r/cryptoKeys/k";
        }

        class C
        {
            void M()
            {
                var speech = SpeechClient.Create();
                {|CMEK002:speech.UpdateConfig(new Config { KmsKeyName = Keys.Speech }, null)|};
            }
        }
        """);

    [Fact]
    public Task Single_assignment_local() => Cmek002.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M()
            {
                string key;
                key = "projects/p/locations/eu/keyRings/r/cryptoKeys/k";
                var speech = SpeechClient.Create();
                {|CMEK002:speech.UpdateConfig(new Config { KmsKeyName = key }, null)|};
            }
        }
        """);

    [Fact]
    public Task Static_readonly_field() => KeyResolvesAsync(
        "KmsKeyName = Key",
        "private static readonly string Key = \"projects/p/locations/us-central1/keyRings/r/cryptoKeys/k\";");

    [Fact]
    public Task Readonly_field_assigned_in_constructor() => KeyResolvesAsync(
        "KmsKeyName = _key",
        "private readonly string _key; public C() { _key = \"projects/p/locations/us-central1/keyRings/r/cryptoKeys/k\"; }");

    [Fact]
    public Task Get_only_auto_property_assigned_in_constructor() => KeyResolvesAsync(
        "KmsKeyName = Key",
        "public string Key { get; } public C() => Key = \"projects/p/locations/asia-south1/keyRings/r/cryptoKeys/k\";");

    [Fact]
    public Task Interpolation_with_unknown_project() => KeyResolvesAsync(
        "KmsKeyName = $\"projects/{project}/locations/europe-west4/keyRings/r/cryptoKeys/k\"");

    [Fact]
    public Task Interpolation_with_configuration_project() => KeyResolvesAsync(
        "KmsKeyName = $\"projects/{Settings[\"Gcp:Project\"]}/locations/europe-west4/keyRings/r/cryptoKeys/k\"",
        "public System.Collections.Generic.IDictionary<string, string> Settings { get; set; }");

    [Fact]
    public Task Plus_concatenation() => KeyResolvesAsync(
        "KmsKeyName = \"projects/\" + project + \"/locations/\" + \"us\" + \"/keyRings/r/cryptoKeys/k\"");

    [Fact]
    public Task String_Format() => KeyResolvesAsync(
        "KmsKeyName = string.Format(\"projects/{0}/locations/{1}/keyRings/r/cryptoKeys/k\", project, \"us-east1\")");

    [Fact]
    public Task String_Concat() => KeyResolvesAsync(
        "KmsKeyName = string.Concat(\"projects/\", project, \"/locations/eu/keyRings/r/cryptoKeys/k\")");

    [Fact]
    public Task Speech_CryptoKeyName_factory() => KeyResolvesAsync(
        "KmsKeyNameAsCryptoKeyName = CryptoKeyName.FromProjectLocationKeyRingCryptoKey(project, \"europe\", \"r\", \"k\")");

    [Fact]
    public Task Kms_CryptoKeyName_factory_ToString() => KeyResolvesAsync(
        "KmsKeyName = Kms.CryptoKeyName.FromProjectLocationKeyRingCryptoKey(project, \"europe\", \"r\", \"k\").ToString()",
        usings: "using Kms = Google.Cloud.Kms.V1;");

    [Fact]
    public Task Kms_CryptoKeyName_constructor_through_a_local() => KeyResolvesAsync(
        "KmsKeyName = Name.ToString()",
        "private static readonly Kms.CryptoKeyName Name = new Kms.CryptoKeyName(\"p\", \"us\", \"r\", \"k\");",
        usings: "using Kms = Google.Cloud.Kms.V1;");

    [Fact]
    public Task Speech_CryptoKeyName_constructor() => KeyResolvesAsync(
        "KmsKeyNameAsCryptoKeyName = new CryptoKeyName(project, \"us-west1\", \"r\", \"k\")");

    [Fact]
    public Task Speech_CryptoKeyName_Format() => KeyResolvesAsync(
        "KmsKeyName = CryptoKeyName.FormatProjectLocationKeyRingCryptoKey(project, \"us-west1\", \"r\", \"k\")");

    [Fact]
    public Task Kms_CryptoKeyName_Format() => KeyResolvesAsync(
        "KmsKeyName = Kms.CryptoKeyName.FormatProjectLocationKeyRingCryptoKey(project, \"us-west1\", \"r\", \"k\")",
        usings: "using Kms = Google.Cloud.Kms.V1;");

    [Fact]
    public Task Awaited_CreateAsync() => Cmek002.AnalyzerAsync(
        """
        using System.Threading.Tasks;
        using Google.Cloud.Speech.V2;

        class C
        {
            async Task M()
            {
                var speech = await SpeechClient.CreateAsync();
                await {|CMEK002:speech.UpdateConfigAsync(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """);

    [Fact]
    public Task Endpoint_interpolated_from_a_const_region() => Cmek001.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            private const string Region = "europe-west4";

            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = $"{Region}-speech.googleapis.com" }.Build();
                {|CMEK001:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """);

    [Fact]
    public Task Client_in_a_field_assigned_in_the_constructor() => Cmek001.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class KeyAdmin
        {
            private readonly SpeechClient _speech;

            public KeyAdmin()
            {
                _speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
            }

            public void Enable() =>
                {|CMEK001:_speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k" }, null)|};
        }
        """);

    private const string InjectedKeyAdmin =
        """
        using Google.Cloud.Speech.V2;

        class KeyAdmin
        {
            private readonly SpeechClient _speech;

            public KeyAdmin(SpeechClient speech) => _speech = speech;

            public void Enable() =>
                REPORTED;
        }
        """;

    private const string EnableEurope = "_speech.UpdateConfig(new Config { KmsKeyName = \"projects/p/locations/europe/keyRings/r/cryptoKeys/k\" }, null)";

    [Fact]
    public Task Injected_client_takes_the_registered_endpoint() => Cmek001.AnalyzerAsync(
        new[]
        {
            InjectedKeyAdmin.Replace("REPORTED", "{|CMEK001:" + EnableEurope + "|}"),
            """
            using Google.Cloud.Speech.V2;
            using Microsoft.Extensions.DependencyInjection;

            static class Startup
            {
                public static void Configure(IServiceCollection services)
                {
                    services.AddSpeechClient(b => b.Endpoint = "us-speech.googleapis.com");
                    services.AddSingleton<KeyAdmin>();
                }
            }
            """,
        });

    [Fact]
    public Task Two_registrations_with_different_endpoints_stay_silent() => Cmek001.AnalyzerAsync(
        new[]
        {
            InjectedKeyAdmin.Replace("REPORTED", EnableEurope),
            """
            using Google.Cloud.Speech.V2;
            using Microsoft.Extensions.DependencyInjection;

            static class Startup
            {
                public static void Configure(IServiceCollection services, bool europe)
                {
                    if (europe)
                    {
                        services.AddSpeechClient(b => b.Endpoint = "eu-speech.googleapis.com");
                    }
                    else
                    {
                        services.AddSpeechClient(b => b.Endpoint = "us-speech.googleapis.com");
                    }

                    services.AddSingleton<KeyAdmin>();
                }
            }
            """,
        });

    [Fact]
    public Task Client_constructed_by_hand_is_not_injected() => Cmek001.AnalyzerAsync(
        new[]
        {
            InjectedKeyAdmin.Replace("REPORTED", EnableEurope),
            """
            using Google.Cloud.Speech.V2;
            using Microsoft.Extensions.DependencyInjection;

            static class Startup
            {
                public static void Configure(IServiceCollection services, SpeechClient other)
                {
                    services.AddSpeechClient(b => b.Endpoint = "us-speech.googleapis.com");
                    var admin = new KeyAdmin(other);
                }
            }
            """,
        });

    [Fact]
    public Task GetRequiredService_takes_the_registered_endpoint() => Cmek001.AnalyzerAsync(
        """
        using System;
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.DependencyInjection;

        static class Startup
        {
            public static void Configure(IServiceCollection services)
                => services.AddSpeechClient(b => b.Endpoint = "us-speech.googleapis.com");

            public static void Enable(IServiceProvider provider)
            {
                var speech = provider.GetRequiredService<SpeechClient>();
                {|CMEK001:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k" }, null)|};
            }
        }
        """);

    [Fact]
    public Task Ambiguous_values_stay_silent() => Cmek001.AnalyzerAsync(
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            void M(bool flag, string[] regions)
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                speech.UpdateConfig(new Config
                {
                    KmsKeyName = flag ? "projects/p/locations/europe/keyRings/r/cryptoKeys/k" : "projects/p/locations/us/keyRings/r/cryptoKeys/k",
                }, null);

                var key = "projects/p/locations/europe/keyRings/r/cryptoKeys/k";
                foreach (var region in regions)
                {
                    key = "projects/p/locations/" + region + "/keyRings/r/cryptoKeys/k";
                }

                speech.UpdateConfig(new Config { KmsKeyName = key }, null);

                var endpoint = "eu-speech.googleapis.com";
                for (var i = 0; i < regions.Length; i++)
                {
                    endpoint = "us-speech.googleapis.com";
                }

                var other = new SpeechClientBuilder { Endpoint = endpoint }.Build();
                other.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k" }, null);
                var either = new SpeechClientBuilder { Endpoint = flag ? "eu-speech.googleapis.com" : "us-speech.googleapis.com" }.Build();
                either.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/europe/keyRings/r/cryptoKeys/k" }, null);
            }
        }
        """);
}
