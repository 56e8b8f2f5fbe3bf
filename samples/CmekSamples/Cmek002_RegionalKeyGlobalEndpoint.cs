using Google.Cloud.Speech.V2;
using Google.Protobuf.WellKnownTypes;

namespace CmekSamples;

/// <summary>CMEK002: a regional key through SpeechClient.CreateAsync(), which uses the global endpoint.</summary>
public sealed class Cmek002RegionalKeyGlobalEndpoint
{
    private readonly string _project;

    public Cmek002RegionalKeyGlobalEndpoint(string project) => _project = project;

    public async Task EnableCmekAsync(CancellationToken cancellationToken)
    {
        var speech = await SpeechClient.CreateAsync(cancellationToken);
        var key = $"projects/{_project}/locations/europe/keyRings/speech-ring/cryptoKeys/speech-key";
        var request = new UpdateConfigRequest
        {
            Config = new Config { Name = $"projects/{_project}/locations/eu/config", KmsKeyName = key },
            UpdateMask = new FieldMask { Paths = { "kms_key_name" } },
        };
        await speech.UpdateConfigAsync(request, cancellationToken); // CMEK002
    }
}
