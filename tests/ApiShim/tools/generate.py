"""Regenerates the *.g.cs files of the API-surface shim.

Usage (from tests/ApiShim):  python3 tools/generate.py
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import apis  # noqa: E402
import shimgen  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(relative, text):
    path = os.path.join(ROOT, relative)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", relative)


def main():
    u = apis.MESSAGE_USINGS
    # Google.Cloud.Speech.V2
    write("Google.Cloud.Speech.V2/CloudSpeech.g.cs", shimgen.emit_messages_file(apis.SPEECH_V2_NS, u, apis.speech_v2_messages))
    write("Google.Cloud.Speech.V2/CloudSpeechResourceNames.g.cs",
          shimgen.emit_resource_names_file(apis.SPEECH_V2_NS, apis.speech_v2_resource_names))
    write("Google.Cloud.Speech.V2/SpeechClient.g.cs", shimgen.emit_client_file(apis.speech_v2_service))
    write("Google.Cloud.Speech.V2/CloudSpeechGrpc.g.cs", shimgen.emit_grpc_file(apis.speech_v2_service))
    write("Google.Cloud.Speech.V2/ServiceCollectionExtensions.g.cs", shimgen.emit_di_file(apis.speech_v2_service))
    # Google.Cloud.Kms.V1
    write("Google.Cloud.Kms.V1/Resources.g.cs", shimgen.emit_messages_file(apis.KMS_NS, u, apis.kms_enums + apis.kms_messages))
    write("Google.Cloud.Kms.V1/ResourceNames.g.cs", shimgen.emit_resource_names_file(apis.KMS_NS, apis.kms_resource_names))
    write("Google.Cloud.Kms.V1/KeyManagementServiceClient.g.cs", shimgen.emit_client_file(apis.kms_service))
    write("Google.Cloud.Kms.V1/ServiceGrpc.g.cs", shimgen.emit_grpc_file(apis.kms_service))
    write("Google.Cloud.Kms.V1/ServiceCollectionExtensions.g.cs", shimgen.emit_di_file(apis.kms_service))
    # Google.Cloud.Speech.V1
    write("Google.Cloud.Speech.V1/CloudSpeech.g.cs", shimgen.emit_messages_file(apis.SPEECH_V1_NS, u, apis.speech_v1_messages))
    write("Google.Cloud.Speech.V1/SpeechClient.g.cs", shimgen.emit_client_file(apis.speech_v1_service))
    write("Google.Cloud.Speech.V1/CloudSpeechGrpc.g.cs", shimgen.emit_grpc_file(apis.speech_v1_service))
    # No AddSpeechClient for v1: with both v1 and v2 referenced, AddSpeechClient(b => ...) would be ambiguous
    # (as it is with the real packages). See README.md, "Deviations".
    # Google.Cloud.Location / Google.LongRunning messages
    write("Google.Cloud.Location/Locations.g.cs", shimgen.emit_messages_file("Google.Cloud.Location", u, apis.location_messages))
    write("Google.LongRunning/Operations.g.cs", shimgen.emit_messages_file("Google.LongRunning", u, apis.longrunning_messages))


if __name__ == "__main__":
    main()
