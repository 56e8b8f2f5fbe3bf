"""API definitions mirrored by the shim.

Field names and numbers follow google/cloud/speech/v2/cloud_speech.proto, google/cloud/kms/v1,
google/cloud/speech/v1, google/cloud/location and google/longrunning; method shapes follow the
GAPIC-generated C# clients (Google.Cloud.Speech.V2 1.x, Google.Cloud.Kms.V1 3.x).
Fields whose number was not checked against the proto have number=None (no XxxFieldNumber constant).
"""

from shimgen import F, R, M, Oneof, Enum, View, Message, ResourceName, Param, Rpc, Service

TS = "wkt::Timestamp"
MASK = "wkt::FieldMask"
DUR = "wkt::Duration"
ANY = "wkt::Any"
STATUS = "gr::Status"

MESSAGE_USINGS = [
    "using gax = Google.Api.Gax;",
    "using gaxgrpc = Google.Api.Gax.Grpc;",
    "using gagr = Google.Api.Gax.ResourceNames;",
    "using gr = Google.Rpc;",
    "using pb = Google.Protobuf;",
    "using pbc = Google.Protobuf.Collections;",
    "using pbr = Google.Protobuf.Reflection;",
    "using wkt = Google.Protobuf.WellKnownTypes;",
    "using scg = System.Collections.Generic;",
    "using sc = System.Collections;",
]


def page_response_extra(resource, field):
    return (
        "/// <summary>Returns an enumerator that iterates through the resources in this response.</summary>\n"
        "public scg::IEnumerator<%s> GetEnumerator() => %s.GetEnumerator();\n"
        "\n"
        "sc::IEnumerator sc::IEnumerable.GetEnumerator() => GetEnumerator();" % (resource, field)
    )


def state_enum():
    return Enum("State", [("STATE_UNSPECIFIED", 0), ("ACTIVE", 2), ("DELETED", 4)],
                doc="Set of states that define the lifecycle of the resource.")


def kms_views(field_key="KmsKeyName", field_version="KmsKeyVersionName"):
    return [
        View("KmsKeyNameAsCryptoKeyName", field_key, "CryptoKeyName"),
        View("KmsKeyVersionNameAsCryptoKeyVersionName", field_version, "CryptoKeyVersionName"),
    ]


# =============================================================================================
# Google.Cloud.Speech.V2
# =============================================================================================

SPEECH_V2_NS = "Google.Cloud.Speech.V2"

speech_v2_messages = [
    Message("CreateRecognizerRequest", [
        F("Recognizer", "Recognizer", 1),
        F("ValidateOnly", "bool", 2),
        F("RecognizerId", "string", 3),
        F("Parent", "string", 4),
    ], views=[View("ParentAsLocationName", "Parent", "gagr::LocationName")],
        doc="Request message for the CreateRecognizer method."),
    Message("OperationMetadata", [
        F("CreateTime", TS, 1),
        F("UpdateTime", TS, 2),
        F("Resource", "string", 3),
        F("Method", "string", 4),
        F("KmsKeyName", "string", 6),
        F("KmsKeyVersionName", "string", 7),
        Oneof("Request", [
            F("BatchRecognizeRequest", "BatchRecognizeRequest", 8),
            F("CreateRecognizerRequest", "CreateRecognizerRequest", 9),
            F("UpdateRecognizerRequest", "UpdateRecognizerRequest", 10),
            F("DeleteRecognizerRequest", "DeleteRecognizerRequest", 11),
            F("UndeleteRecognizerRequest", "UndeleteRecognizerRequest", 12),
            F("CreateCustomClassRequest", "CreateCustomClassRequest", 13),
            F("UpdateCustomClassRequest", "UpdateCustomClassRequest", 14),
            F("DeleteCustomClassRequest", "DeleteCustomClassRequest", 15),
            F("UndeleteCustomClassRequest", "UndeleteCustomClassRequest", 16),
            F("CreatePhraseSetRequest", "CreatePhraseSetRequest", 17),
            F("UpdatePhraseSetRequest", "UpdatePhraseSetRequest", 18),
            F("DeletePhraseSetRequest", "DeletePhraseSetRequest", 19),
            F("UndeletePhraseSetRequest", "UndeletePhraseSetRequest", 20),
            F("UpdateConfigRequest", "UpdateConfigRequest", 21, obsolete=True),
        ]),
        F("ProgressPercent", "int", 22),
        Oneof("Metadata", [
            F("BatchRecognizeMetadata", "BatchRecognizeMetadata", 23),
        ]),
    ], views=kms_views(), doc="Represents the metadata of a long-running operation."),
    Message("ListRecognizersRequest", [
        F("Parent", "string", 1),
        F("PageSize", "int", 2),
        F("PageToken", "string", 3),
        F("ShowDeleted", "bool", 4),
    ], views=[View("ParentAsLocationName", "Parent", "gagr::LocationName")],
        interfaces=["gaxgrpc::IPageRequest"], doc="Request message for the ListRecognizers method."),
    Message("ListRecognizersResponse", [
        R("Recognizers", "Recognizer", 1),
        F("NextPageToken", "string", 2),
    ], interfaces=["gaxgrpc::IPageResponse<Recognizer>"], extra=page_response_extra("Recognizer", "Recognizers"),
        doc="Response message for the ListRecognizers method."),
    Message("GetRecognizerRequest", [
        F("Name", "string", 1),
    ], views=[View("RecognizerName", "Name", "RecognizerName")], doc="Request message for the GetRecognizer method."),
    Message("UpdateRecognizerRequest", [
        F("Recognizer", "Recognizer", 1),
        F("UpdateMask", MASK, 2),
        F("ValidateOnly", "bool", 4),
    ], doc="Request message for the UpdateRecognizer method."),
    Message("DeleteRecognizerRequest", [
        F("Name", "string", 1),
        F("ValidateOnly", "bool", 2),
        F("AllowMissing", "bool", 4),
        F("Etag", "string", 3),
    ], views=[View("RecognizerName", "Name", "RecognizerName")], doc="Request message for the DeleteRecognizer method."),
    Message("UndeleteRecognizerRequest", [
        F("Name", "string", 1),
        F("ValidateOnly", "bool", 3),
        F("Etag", "string", 4),
    ], views=[View("RecognizerName", "Name", "RecognizerName")], doc="Request message for the UndeleteRecognizer method."),
    Message("Recognizer", [
        F("Name", "string", 1),
        F("Uid", "string", 2),
        F("DisplayName", "string", 3),
        F("Model", "string", 4, obsolete=True),
        R("LanguageCodes", "string", 17, obsolete=True),
        F("DefaultRecognitionConfig", "RecognitionConfig", 6),
        M("Annotations", "string", "string", 7),
        F("State", "enum:global::Google.Cloud.Speech.V2.Recognizer.Types.State", 8),
        F("CreateTime", TS, 9),
        F("UpdateTime", TS, 10),
        F("DeleteTime", TS, 11),
        F("ExpireTime", TS, 14),
        F("Etag", "string", 12),
        F("Reconciling", "bool", 13),
        F("KmsKeyName", "string", 15),
        F("KmsKeyVersionName", "string", 16),
    ], nested=[state_enum()],
        views=[View("RecognizerName", "Name", "RecognizerName")] + kms_views(),
        doc="A Recognizer message. Stores recognition configuration and metadata."),
    Message("AutoDetectDecodingConfig", [], doc="Automatically detected decoding parameters."),
    Message("ExplicitDecodingConfig", [
        F("Encoding", "enum:global::Google.Cloud.Speech.V2.ExplicitDecodingConfig.Types.AudioEncoding", 1),
        F("SampleRateHertz", "int", 2),
        F("AudioChannelCount", "int", 3),
    ], nested=[Enum("AudioEncoding", [("AUDIO_ENCODING_UNSPECIFIED", 0), ("LINEAR16", 1), ("MULAW", 2), ("ALAW", 3)],
                    doc="Supported audio data encodings.")],
        doc="Explicitly specified decoding parameters."),
    Message("SpeakerDiarizationConfig", [
        F("MinSpeakerCount", "int", 2),
        F("MaxSpeakerCount", "int", 3),
    ], doc="Configuration to enable speaker diarization."),
    Message("RecognitionFeatures", [
        F("ProfanityFilter", "bool", 1),
        F("EnableWordTimeOffsets", "bool", 2),
        F("EnableWordConfidence", "bool", 3),
        F("EnableAutomaticPunctuation", "bool", 4),
        F("EnableSpokenPunctuation", "bool", 14),
        F("EnableSpokenEmojis", "bool", 15),
        F("MultiChannelMode", "enum:global::Google.Cloud.Speech.V2.RecognitionFeatures.Types.MultiChannelMode", 17),
        F("DiarizationConfig", "SpeakerDiarizationConfig", 9),
        F("MaxAlternatives", "int", 16),
    ], nested=[Enum("MultiChannelMode", [("MULTI_CHANNEL_MODE_UNSPECIFIED", 0), ("SEPARATE_RECOGNITION_PER_CHANNEL", 1)],
                    doc="Options for how to recognize multi-channel audio.")],
        doc="Available recognition features."),
    Message("SpeechAdaptation", [
        R("PhraseSets", "global::Google.Cloud.Speech.V2.SpeechAdaptation.Types.AdaptationPhraseSet", 1),
        R("CustomClasses", "CustomClass", 2),
    ], nested=[Message("AdaptationPhraseSet", [
        Oneof("Value", [
            F("PhraseSet", "string", 1),
            F("InlinePhraseSet", "global::Google.Cloud.Speech.V2.PhraseSet", 2),
        ]),
    ], views=[View("PhraseSetAsPhraseSetName", "PhraseSet", "PhraseSetName")],
        doc="A biasing PhraseSet: a reference to an existing PhraseSet resource or an inline definition.")],
        doc="Provides \"hints\" to the speech recognizer to favor specific words and phrases in the results."),
    Message("RecognitionConfig", [
        Oneof("DecodingConfig", [
            F("AutoDecodingConfig", "AutoDetectDecodingConfig", 7),
            F("ExplicitDecodingConfig", "ExplicitDecodingConfig", 8),
        ]),
        F("Model", "string"),
        R("LanguageCodes", "string"),
        F("Features", "RecognitionFeatures", 2),
        F("Adaptation", "SpeechAdaptation", 6),
    ], doc="Provides information to the Recognizer that specifies how to process the recognition request."),
    Message("RecognizeRequest", [
        F("Recognizer", "string", 3),
        F("Config", "RecognitionConfig", 1),
        F("ConfigMask", MASK, 8),
        Oneof("AudioSource", [
            F("Content", "bytes", 5),
            F("Uri", "string", 6),
        ]),
    ], views=[View("RecognizerAsRecognizerName", "Recognizer", "RecognizerName")],
        doc="Request message for the Recognize method. Either content or uri must be supplied."),
    Message("RecognitionResponseMetadata", [
        F("TotalBilledDuration", DUR, 6),
    ], doc="Metadata about the recognition request and response."),
    Message("SpeechRecognitionAlternative", [
        F("Transcript", "string", 1),
        F("Confidence", "float", 2),
        R("Words", "WordInfo", 3),
    ], doc="Alternative hypotheses (a.k.a. n-best list)."),
    Message("WordInfo", [
        F("StartOffset", DUR, 1),
        F("EndOffset", DUR, 2),
        F("Word", "string", 3),
        F("Confidence", "float", 4),
        F("SpeakerLabel", "string", 6),
    ], doc="Word-specific information for recognized words."),
    Message("SpeechRecognitionResult", [
        R("Alternatives", "SpeechRecognitionAlternative", 1),
        F("ChannelTag", "int", 2),
        F("ResultEndOffset", DUR, 4),
        F("LanguageCode", "string", 5),
    ], doc="A speech recognition result corresponding to a portion of the audio."),
    Message("RecognizeResponse", [
        R("Results", "SpeechRecognitionResult", 3),
        F("Metadata", "RecognitionResponseMetadata", 2),
    ], doc="Response message for the Recognize method."),
    Message("StreamingRecognitionFeatures", [
        F("EnableVoiceActivityEvents", "bool", 1),
        F("InterimResults", "bool", 2),
        F("VoiceActivityTimeout", "global::Google.Cloud.Speech.V2.StreamingRecognitionFeatures.Types.VoiceActivityTimeout", 3),
    ], nested=[Message("VoiceActivityTimeout", [
        F("SpeechStartTimeout", DUR, 1),
        F("SpeechEndTimeout", DUR, 2),
    ], doc="Events that a timeout can be set on for voice activity.")],
        doc="Available recognition features specific to streaming recognition requests."),
    Message("StreamingRecognitionConfig", [
        F("Config", "RecognitionConfig", 1),
        F("ConfigMask", MASK, 3),
        F("StreamingFeatures", "StreamingRecognitionFeatures", 2),
    ], doc="Provides configuration information for the StreamingRecognize request."),
    Message("StreamingRecognizeRequest", [
        F("Recognizer", "string", 3),
        Oneof("StreamingRequest", [
            F("StreamingConfig", "StreamingRecognitionConfig", 6),
            F("Audio", "bytes", 5),
        ]),
    ], views=[View("RecognizerAsRecognizerName", "Recognizer", "RecognizerName")],
        doc="Request message for the StreamingRecognize method."),
    Message("BatchRecognizeRequest", [
        F("Recognizer", "string", 1),
        F("Config", "RecognitionConfig", 4),
        F("ConfigMask", MASK, 5),
        R("Files", "BatchRecognizeFileMetadata", 3),
        F("RecognitionOutputConfig", "RecognitionOutputConfig", 6),
        F("ProcessingStrategy", "enum:global::Google.Cloud.Speech.V2.BatchRecognizeRequest.Types.ProcessingStrategy", 7),
    ], nested=[Enum("ProcessingStrategy", [("PROCESSING_STRATEGY_UNSPECIFIED", 0), ("DYNAMIC_BATCHING", 1)],
                    doc="Possible processing strategies for batch requests.")],
        views=[View("RecognizerAsRecognizerName", "Recognizer", "RecognizerName")],
        doc="Request message for the BatchRecognize method."),
    Message("GcsOutputConfig", [
        F("Uri", "string", 1),
    ], doc="Output configurations for Cloud Storage."),
    Message("InlineOutputConfig", [], doc="Output configurations for inline response."),
    Message("RecognitionOutputConfig", [
        Oneof("Output", [
            F("GcsOutputConfig", "GcsOutputConfig", 1),
            F("InlineResponseConfig", "InlineOutputConfig", 2),
        ]),
    ], doc="Configuration options for the output(s) of recognition."),
    Message("BatchRecognizeResponse", [
        M("Results", "string", "BatchRecognizeFileResult", 1),
        F("TotalBilledDuration", DUR, 2),
    ], doc="Response message for BatchRecognize that is packaged into a long-running Operation."),
    Message("BatchRecognizeResults", [
        R("Results", "SpeechRecognitionResult", 1),
        F("Metadata", "RecognitionResponseMetadata", 2),
    ], doc="Output type for Cloud Storage of BatchRecognize transcripts."),
    Message("BatchRecognizeFileResult", [
        F("Uri", "string", 1),
        F("Error", STATUS, 2),
        F("Metadata", "RecognitionResponseMetadata", 3),
        F("Transcript", "BatchRecognizeResults", 4),
    ], doc="Final results for a single file."),
    Message("BatchRecognizeTranscriptionMetadata", [
        F("ProgressPercent", "int", 1),
        F("Error", STATUS, 2),
        F("Uri", "string", 3),
    ], doc="Metadata about transcription for a single file (for example, progress percent)."),
    Message("BatchRecognizeMetadata", [
        M("TranscriptionMetadata", "string", "BatchRecognizeTranscriptionMetadata", 1),
    ], doc="Operation metadata for BatchRecognize."),
    Message("BatchRecognizeFileMetadata", [
        Oneof("AudioSource", [
            F("Uri", "string", 1),
        ]),
        F("Config", "RecognitionConfig", 4),
        F("ConfigMask", MASK, 5),
    ], doc="Metadata about a single file in a batch for BatchRecognize."),
    Message("StreamingRecognitionResult", [
        R("Alternatives", "SpeechRecognitionAlternative", 1),
        F("IsFinal", "bool", 2),
        F("Stability", "float", 3),
        F("ResultEndOffset", DUR, 4),
        F("ChannelTag", "int", 5),
        F("LanguageCode", "string", 6),
    ], doc="A streaming speech recognition result corresponding to a portion of the audio."),
    Message("StreamingRecognizeResponse", [
        R("Results", "StreamingRecognitionResult", 6),
        F("SpeechEventType", "enum:global::Google.Cloud.Speech.V2.StreamingRecognizeResponse.Types.SpeechEventType", 3),
        F("SpeechEventOffset", DUR, 7),
        F("Metadata", "RecognitionResponseMetadata", 5),
    ], nested=[Enum("SpeechEventType", [("SPEECH_EVENT_TYPE_UNSPECIFIED", 0), ("END_OF_SINGLE_UTTERANCE", 1),
                                        ("SPEECH_ACTIVITY_BEGIN", 2), ("SPEECH_ACTIVITY_END", 3)],
                    doc="Indicates the type of speech event.")],
        doc="The only message returned to the client by StreamingRecognize."),
    Message("Config", [
        F("Name", "string", 1),
        F("KmsKeyName", "string", 2),
        F("UpdateTime", TS, 3),
    ], views=[View("ConfigName", "Name", "ConfigName"), View("KmsKeyNameAsCryptoKeyName", "KmsKeyName", "CryptoKeyName")],
        doc="Message representing the config for the Speech-to-Text API, including the optional KMS key used to encrypt data at rest."),
    Message("GetConfigRequest", [
        F("Name", "string", 1),
    ], views=[View("ConfigName", "Name", "ConfigName")], doc="Request message for the GetConfig method."),
    Message("UpdateConfigRequest", [
        F("Config", "Config", 1),
        F("UpdateMask", MASK, 2),
    ], doc="Request message for the UpdateConfig method."),
    Message("CustomClass", [
        F("Name", "string", 1),
        F("Uid", "string", 2),
        F("DisplayName", "string", 4),
        R("Items", "global::Google.Cloud.Speech.V2.CustomClass.Types.ClassItem", 5),
        F("State", "enum:global::Google.Cloud.Speech.V2.CustomClass.Types.State", 15),
        F("CreateTime", TS, 6),
        F("UpdateTime", TS, 7),
        F("DeleteTime", TS, 8),
        F("ExpireTime", TS, 9),
        M("Annotations", "string", "string", 10),
        F("Etag", "string", 11),
        F("Reconciling", "bool", 12),
        F("KmsKeyName", "string", 13),
        F("KmsKeyVersionName", "string", 14),
    ], nested=[Message("ClassItem", [F("Value", "string", 1)], doc="An item of the class."), state_enum()],
        views=[View("CustomClassName", "Name", "CustomClassName")] + kms_views(),
        doc="CustomClass for biasing in speech recognition."),
    Message("PhraseSet", [
        F("Name", "string", 1),
        F("Uid", "string", 2),
        R("Phrases", "global::Google.Cloud.Speech.V2.PhraseSet.Types.Phrase", 3),
        F("Boost", "float", 4),
        F("DisplayName", "string", 5),
        F("State", "enum:global::Google.Cloud.Speech.V2.PhraseSet.Types.State", 15),
        F("CreateTime", TS, 6),
        F("UpdateTime", TS, 7),
        F("DeleteTime", TS, 8),
        F("ExpireTime", TS, 9),
        M("Annotations", "string", "string", 10),
        F("Etag", "string", 11),
        F("Reconciling", "bool", 12),
        F("KmsKeyName", "string", 13),
        F("KmsKeyVersionName", "string", 14),
    ], nested=[Message("Phrase", [F("Value", "string", 1), F("Boost", "float", 2)],
                       doc="A Phrase contains words and phrase \"hints\"."), state_enum()],
        views=[View("PhraseSetName", "Name", "PhraseSetName")] + kms_views(),
        doc="PhraseSet for biasing in speech recognition."),
]


def crud_messages(kind, plural, id_field):
    """Create/List/Get/Update/Delete/Undelete request (and list response) messages for CustomClass / PhraseSet."""
    name_type = kind + "Name"
    return [
        Message("Create%sRequest" % kind, [
            F(kind, kind, 1),
            F("ValidateOnly", "bool", 2),
            F(id_field, "string", 3),
            F("Parent", "string", 4),
        ], views=[View("ParentAsLocationName", "Parent", "gagr::LocationName")],
            doc="Request message for the Create%s method." % kind),
        Message("List%sRequest" % plural, [
            F("Parent", "string", 1),
            F("PageSize", "int", 2),
            F("PageToken", "string", 3),
            F("ShowDeleted", "bool", 4),
        ], views=[View("ParentAsLocationName", "Parent", "gagr::LocationName")],
            interfaces=["gaxgrpc::IPageRequest"], doc="Request message for the List%s method." % plural),
        Message("List%sResponse" % plural, [
            R(plural, kind, 1),
            F("NextPageToken", "string", 2),
        ], interfaces=["gaxgrpc::IPageResponse<%s>" % kind], extra=page_response_extra(kind, plural),
            doc="Response message for the List%s method." % plural),
        Message("Get%sRequest" % kind, [
            F("Name", "string", 1),
        ], views=[View(name_type, "Name", name_type)], doc="Request message for the Get%s method." % kind),
        Message("Update%sRequest" % kind, [
            F(kind, kind, 1),
            F("UpdateMask", MASK, 2),
            F("ValidateOnly", "bool", 4),
        ], doc="Request message for the Update%s method." % kind),
        Message("Delete%sRequest" % kind, [
            F("Name", "string", 1),
            F("ValidateOnly", "bool", 2),
            F("AllowMissing", "bool", 4),
            F("Etag", "string", 3),
        ], views=[View(name_type, "Name", name_type)], doc="Request message for the Delete%s method." % kind),
        Message("Undelete%sRequest" % kind, [
            F("Name", "string", 1),
            F("ValidateOnly", "bool", 3),
            F("Etag", "string", 4),
        ], views=[View(name_type, "Name", name_type)], doc="Request message for the Undelete%s method." % kind),
    ]


speech_v2_messages += crud_messages("CustomClass", "CustomClasses", "CustomClassId")
speech_v2_messages += crud_messages("PhraseSet", "PhraseSets", "PhraseSetId")

KMS_KEY_TEMPLATE = "projects/{project}/locations/{location}/keyRings/{key_ring}/cryptoKeys/{crypto_key}"
KMS_VERSION_TEMPLATE = KMS_KEY_TEMPLATE + "/cryptoKeyVersions/{crypto_key_version}"

speech_v2_resource_names = [
    ResourceName("RecognizerName", "ProjectLocationRecognizer", "projects/{project}/locations/{location}/recognizers/{recognizer}"),
    ResourceName("ConfigName", "ProjectLocation", "projects/{project}/locations/{location}/config"),
    ResourceName("CustomClassName", "ProjectLocationCustomClass", "projects/{project}/locations/{location}/customClasses/{custom_class}"),
    ResourceName("PhraseSetName", "ProjectLocationPhraseSet", "projects/{project}/locations/{location}/phraseSets/{phrase_set}"),
    ResourceName("CryptoKeyName", "ProjectLocationKeyRingCryptoKey", KMS_KEY_TEMPLATE),
    ResourceName("CryptoKeyVersionName", "ProjectLocationKeyRingCryptoKeyCryptoKeyVersion", KMS_VERSION_TEMPLATE),
]


def name_sigs(type_name):
    return [
        [Param("name", "string", "Name", "req")],
        [Param("name", type_name, type_name, "obj")],
    ]


def parent_sigs(kind, id_param, id_field):
    lower = kind[0].lower() + kind[1:]
    return [
        [Param("parent", "string", "Parent", "req"), Param(lower, kind, kind, "obj"), Param(id_param, "string", id_field, "opt")],
        [Param("parent", "gagr::LocationName", "ParentAsLocationName", "obj"), Param(lower, kind, kind, "obj"),
         Param(id_param, "string", id_field, "opt")],
    ]


def list_sigs():
    return [
        [Param("parent", "string", "Parent", "req")],
        [Param("parent", "gagr::LocationName", "ParentAsLocationName", "obj")],
    ]


def crud_rpcs(kind, plural, id_param, id_field):
    lower = kind[0].lower() + kind[1:]
    lro = (kind, "OperationMetadata")
    return [
        Rpc("Create" + kind, "Create%sRequest" % kind, None, lro=lro, signatures=parent_sigs(kind, id_param, id_field),
            doc="Creates a <see cref=\"%s\"/>." % kind),
        Rpc("List" + plural, "List%sRequest" % plural, "List%sResponse" % plural, paged=kind, signatures=list_sigs(),
            doc="Lists %s." % plural),
        Rpc("Get" + kind, "Get%sRequest" % kind, kind, signatures=name_sigs(kind + "Name"),
            doc="Returns the requested <see cref=\"%s\"/>." % kind),
        Rpc("Update" + kind, "Update%sRequest" % kind, None, lro=lro,
            signatures=[[Param(lower, kind, kind, "obj"), Param("updateMask", MASK, "UpdateMask", "optobj")]],
            doc="Updates the <see cref=\"%s\"/>." % kind),
        Rpc("Delete" + kind, "Delete%sRequest" % kind, None, lro=lro, signatures=name_sigs(kind + "Name"),
            doc="Deletes the <see cref=\"%s\"/>." % kind),
        Rpc("Undelete" + kind, "Undelete%sRequest" % kind, None, lro=lro, signatures=name_sigs(kind + "Name"),
            doc="Undeletes the <see cref=\"%s\"/>." % kind),
    ]


def recognize_sigs():
    sigs = []
    for rec in (Param("recognizer", "string", "Recognizer", "req"),
                Param("recognizer", "RecognizerName", "RecognizerAsRecognizerName", "obj")):
        base = [rec, Param("config", "RecognitionConfig", "Config", "optobj"), Param("configMask", MASK, "ConfigMask", "optobj")]
        sigs.append(base + [Param("content", "proto::ByteString", "Content", "opt", default="proto::ByteString.Empty")])
        sigs.append(base + [Param("uri", "string", "Uri", "opt")])
    # Real generated order: string recognizer (content, uri), then RecognizerName (content, uri).
    return sigs


def batch_sigs():
    sigs = []
    for rec in (Param("recognizer", "string", "Recognizer", "req"),
                Param("recognizer", "RecognizerName", "RecognizerAsRecognizerName", "obj")):
        sigs.append([rec, Param("config", "RecognitionConfig", "Config", "optobj"), Param("configMask", MASK, "ConfigMask", "optobj"),
                     Param("files", "scg::IEnumerable<BatchRecognizeFileMetadata>", "Files", "rep")])
    return sigs


speech_v2_rpcs = [
    Rpc("CreateRecognizer", "CreateRecognizerRequest", None, lro=("Recognizer", "OperationMetadata"),
        signatures=parent_sigs("Recognizer", "recognizerId", "RecognizerId"), doc="Creates a <see cref=\"Recognizer\"/>."),
    Rpc("ListRecognizers", "ListRecognizersRequest", "ListRecognizersResponse", paged="Recognizer", signatures=list_sigs(),
        doc="Lists Recognizers."),
    Rpc("GetRecognizer", "GetRecognizerRequest", "Recognizer", signatures=name_sigs("RecognizerName"),
        doc="Returns the requested <see cref=\"Recognizer\"/>."),
    Rpc("UpdateRecognizer", "UpdateRecognizerRequest", None, lro=("Recognizer", "OperationMetadata"),
        signatures=[[Param("recognizer", "Recognizer", "Recognizer", "obj"), Param("updateMask", MASK, "UpdateMask", "optobj")]],
        doc="Updates the <see cref=\"Recognizer\"/>."),
    Rpc("DeleteRecognizer", "DeleteRecognizerRequest", None, lro=("Recognizer", "OperationMetadata"),
        signatures=name_sigs("RecognizerName"), doc="Deletes the <see cref=\"Recognizer\"/>."),
    Rpc("UndeleteRecognizer", "UndeleteRecognizerRequest", None, lro=("Recognizer", "OperationMetadata"),
        signatures=name_sigs("RecognizerName"), doc="Undeletes the <see cref=\"Recognizer\"/>."),
    Rpc("Recognize", "RecognizeRequest", "RecognizeResponse", signatures=recognize_sigs(),
        doc="Performs synchronous Speech recognition: receive results after all audio has been sent and processed."),
    Rpc("StreamingRecognize", None, None, streaming=("StreamingRecognizeRequest", "StreamingRecognizeResponse"),
        doc="Performs bidirectional streaming speech recognition: receive results while sending audio."),
    Rpc("BatchRecognize", "BatchRecognizeRequest", None, lro=("BatchRecognizeResponse", "OperationMetadata"),
        signatures=batch_sigs(), doc="Performs batch asynchronous speech recognition."),
    Rpc("GetConfig", "GetConfigRequest", "Config", signatures=name_sigs("ConfigName"),
        doc="Returns the requested <see cref=\"Config\"/>."),
    Rpc("UpdateConfig", "UpdateConfigRequest", "Config",
        signatures=[[Param("config", "Config", "Config", "obj"), Param("updateMask", MASK, "UpdateMask", "optobj")]],
        doc="Updates the <see cref=\"Config\"/>."),
] + crud_rpcs("CustomClass", "CustomClasses", "customClassId", "CustomClassId") \
  + crud_rpcs("PhraseSet", "PhraseSets", "phraseSetId", "PhraseSetId")

speech_v2_service = Service(
    SPEECH_V2_NS, "Speech", "google.cloud.speech.v2.Speech", "speech.googleapis.com:443",
    ["https://www.googleapis.com/auth/cloud-platform"], speech_v2_rpcs, "Google.Cloud.Speech.V2")


# =============================================================================================
# Google.Cloud.Kms.V1 (subset)
# =============================================================================================

KMS_NS = "Google.Cloud.Kms.V1"

kms_enums = [
    Enum("ProtectionLevel", [("PROTECTION_LEVEL_UNSPECIFIED", 0), ("SOFTWARE", 1), ("HSM", 2), ("EXTERNAL", 3), ("EXTERNAL_VPC", 4)],
         doc="The protection level of a CryptoKeyVersion: how cryptographic operations are performed."),
]

kms_messages = [
    Message("KeyRing", [
        F("Name", "string"),
        F("CreateTime", TS),
    ], views=[View("KeyRingName", "Name", "KeyRingName")], doc="A KeyRing is a toplevel logical grouping of CryptoKeys."),
    Message("CryptoKey", [
        F("Name", "string"),
        F("Primary", "CryptoKeyVersion"),
        F("Purpose", "enum:global::Google.Cloud.Kms.V1.CryptoKey.Types.CryptoKeyPurpose"),
        F("CreateTime", TS),
        F("NextRotationTime", TS),
        Oneof("RotationSchedule", [F("RotationPeriod", DUR, 8)]),
        F("VersionTemplate", "CryptoKeyVersionTemplate"),
        M("Labels", "string", "string"),
        F("ImportOnly", "bool"),
        F("DestroyScheduledDuration", DUR),
        F("CryptoKeyBackend", "string"),
    ], nested=[Enum("CryptoKeyPurpose", [("CRYPTO_KEY_PURPOSE_UNSPECIFIED", 0), ("ENCRYPT_DECRYPT", 1), ("ASYMMETRIC_SIGN", 5),
                                         ("ASYMMETRIC_DECRYPT", 6), ("RAW_ENCRYPT_DECRYPT", 7), ("MAC", 9)],
                    doc="The purpose of a CryptoKey: the cryptographic capabilities it can be used for.")],
        views=[View("CryptoKeyName", "Name", "CryptoKeyName")],
        doc="A CryptoKey represents a logical key that can be used for cryptographic operations."),
    Message("CryptoKeyVersionTemplate", [
        F("ProtectionLevel", "enum:global::Google.Cloud.Kms.V1.ProtectionLevel"),
        F("Algorithm", "enum:global::Google.Cloud.Kms.V1.CryptoKeyVersion.Types.CryptoKeyVersionAlgorithm"),
    ], doc="A CryptoKeyVersionTemplate specifies the properties to use when creating a new CryptoKeyVersion."),
    Message("CryptoKeyVersion", [
        F("Name", "string"),
        F("State", "enum:global::Google.Cloud.Kms.V1.CryptoKeyVersion.Types.CryptoKeyVersionState"),
        F("ProtectionLevel", "enum:global::Google.Cloud.Kms.V1.ProtectionLevel"),
        F("Algorithm", "enum:global::Google.Cloud.Kms.V1.CryptoKeyVersion.Types.CryptoKeyVersionAlgorithm"),
        F("CreateTime", TS),
        F("GenerateTime", TS),
        F("DestroyTime", TS),
        F("DestroyEventTime", TS),
        F("ImportJob", "string"),
        F("ImportTime", TS),
        F("ImportFailureReason", "string"),
        F("ReimportEligible", "bool"),
    ], nested=[
        Enum("CryptoKeyVersionAlgorithm", [
            ("CRYPTO_KEY_VERSION_ALGORITHM_UNSPECIFIED", 0), ("GOOGLE_SYMMETRIC_ENCRYPTION", 1),
            ("AES_128_GCM", 41), ("AES_256_GCM", 19), ("RSA_SIGN_PSS_2048_SHA256", 2), ("EC_SIGN_P256_SHA256", 12),
            ("HMAC_SHA256", 32), ("EXTERNAL_SYMMETRIC_ENCRYPTION", 18)],
            doc="The algorithm of the CryptoKeyVersion (subset of the real enum)."),
        Enum("CryptoKeyVersionState", [
            ("CRYPTO_KEY_VERSION_STATE_UNSPECIFIED", 0), ("PENDING_GENERATION", 5), ("ENABLED", 1), ("DISABLED", 2),
            ("DESTROYED", 3), ("DESTROY_SCHEDULED", 4), ("PENDING_IMPORT", 6), ("IMPORT_FAILED", 7),
            ("GENERATION_FAILED", 8), ("PENDING_EXTERNAL_DESTRUCTION", 9), ("EXTERNAL_DESTRUCTION_FAILED", 10)],
            doc="The state of a CryptoKeyVersion, indicating if it can be used."),
        Enum("CryptoKeyVersionView", [("CRYPTO_KEY_VERSION_VIEW_UNSPECIFIED", 0), ("FULL", 1)],
             doc="A view for CryptoKeyVersions: controls which fields are returned."),
    ], views=[View("CryptoKeyVersionName", "Name", "CryptoKeyVersionName")],
        doc="A CryptoKeyVersion represents an individual cryptographic key, and the associated key material."),
    Message("GetKeyRingRequest", [F("Name", "string")], views=[View("KeyRingName", "Name", "KeyRingName")],
            doc="Request message for KeyManagementService.GetKeyRing."),
    Message("ListKeyRingsRequest", [
        F("Parent", "string"), F("PageSize", "int"), F("PageToken", "string"), F("Filter", "string"), F("OrderBy", "string"),
    ], views=[View("ParentAsLocationName", "Parent", "gagr::LocationName")], interfaces=["gaxgrpc::IPageRequest"],
        doc="Request message for KeyManagementService.ListKeyRings."),
    Message("ListKeyRingsResponse", [
        R("KeyRings", "KeyRing"), F("NextPageToken", "string"), F("TotalSize", "int"),
    ], interfaces=["gaxgrpc::IPageResponse<KeyRing>"], extra=page_response_extra("KeyRing", "KeyRings"),
        doc="Response message for KeyManagementService.ListKeyRings."),
    Message("CreateKeyRingRequest", [
        F("Parent", "string"), F("KeyRingId", "string"), F("KeyRing", "KeyRing"),
    ], views=[View("ParentAsLocationName", "Parent", "gagr::LocationName")],
        doc="Request message for KeyManagementService.CreateKeyRing."),
    Message("GetCryptoKeyRequest", [F("Name", "string")], views=[View("CryptoKeyName", "Name", "CryptoKeyName")],
            doc="Request message for KeyManagementService.GetCryptoKey."),
    Message("ListCryptoKeysRequest", [
        F("Parent", "string"), F("PageSize", "int"), F("PageToken", "string"),
        F("VersionView", "enum:global::Google.Cloud.Kms.V1.CryptoKeyVersion.Types.CryptoKeyVersionView"),
        F("Filter", "string"), F("OrderBy", "string"),
    ], views=[View("ParentAsKeyRingName", "Parent", "KeyRingName")], interfaces=["gaxgrpc::IPageRequest"],
        doc="Request message for KeyManagementService.ListCryptoKeys."),
    Message("ListCryptoKeysResponse", [
        R("CryptoKeys", "CryptoKey"), F("NextPageToken", "string"), F("TotalSize", "int"),
    ], interfaces=["gaxgrpc::IPageResponse<CryptoKey>"], extra=page_response_extra("CryptoKey", "CryptoKeys"),
        doc="Response message for KeyManagementService.ListCryptoKeys."),
    Message("CreateCryptoKeyRequest", [
        F("Parent", "string"), F("CryptoKeyId", "string"), F("CryptoKey", "CryptoKey"), F("SkipInitialVersionCreation", "bool"),
    ], views=[View("ParentAsKeyRingName", "Parent", "KeyRingName")],
        doc="Request message for KeyManagementService.CreateCryptoKey."),
    Message("UpdateCryptoKeyRequest", [F("CryptoKey", "CryptoKey"), F("UpdateMask", MASK)],
            doc="Request message for KeyManagementService.UpdateCryptoKey."),
    Message("UpdateCryptoKeyPrimaryVersionRequest", [F("Name", "string"), F("CryptoKeyVersionId", "string")],
            views=[View("CryptoKeyName", "Name", "CryptoKeyName")],
            doc="Request message for KeyManagementService.UpdateCryptoKeyPrimaryVersion."),
    Message("GetCryptoKeyVersionRequest", [F("Name", "string")],
            views=[View("CryptoKeyVersionName", "Name", "CryptoKeyVersionName")],
            doc="Request message for KeyManagementService.GetCryptoKeyVersion."),
    Message("ListCryptoKeyVersionsRequest", [
        F("Parent", "string"), F("PageSize", "int"), F("PageToken", "string"),
        F("View", "enum:global::Google.Cloud.Kms.V1.CryptoKeyVersion.Types.CryptoKeyVersionView"),
        F("Filter", "string"), F("OrderBy", "string"),
    ], views=[View("ParentAsCryptoKeyName", "Parent", "CryptoKeyName")], interfaces=["gaxgrpc::IPageRequest"],
        doc="Request message for KeyManagementService.ListCryptoKeyVersions."),
    Message("ListCryptoKeyVersionsResponse", [
        R("CryptoKeyVersions", "CryptoKeyVersion"), F("NextPageToken", "string"), F("TotalSize", "int"),
    ], interfaces=["gaxgrpc::IPageResponse<CryptoKeyVersion>"],
        extra=page_response_extra("CryptoKeyVersion", "CryptoKeyVersions"),
        doc="Response message for KeyManagementService.ListCryptoKeyVersions."),
    Message("CreateCryptoKeyVersionRequest", [F("Parent", "string"), F("CryptoKeyVersion", "CryptoKeyVersion")],
            views=[View("ParentAsCryptoKeyName", "Parent", "CryptoKeyName")],
            doc="Request message for KeyManagementService.CreateCryptoKeyVersion."),
    Message("UpdateCryptoKeyVersionRequest", [F("CryptoKeyVersion", "CryptoKeyVersion"), F("UpdateMask", MASK)],
            doc="Request message for KeyManagementService.UpdateCryptoKeyVersion."),
    Message("DestroyCryptoKeyVersionRequest", [F("Name", "string")],
            views=[View("CryptoKeyVersionName", "Name", "CryptoKeyVersionName")],
            doc="Request message for KeyManagementService.DestroyCryptoKeyVersion."),
    Message("RestoreCryptoKeyVersionRequest", [F("Name", "string")],
            views=[View("CryptoKeyVersionName", "Name", "CryptoKeyVersionName")],
            doc="Request message for KeyManagementService.RestoreCryptoKeyVersion."),
]

kms_resource_names = [
    ResourceName("KeyRingName", "ProjectLocationKeyRing", "projects/{project}/locations/{location}/keyRings/{key_ring}"),
    ResourceName("CryptoKeyName", "ProjectLocationKeyRingCryptoKey", KMS_KEY_TEMPLATE),
    ResourceName("CryptoKeyVersionName", "ProjectLocationKeyRingCryptoKeyCryptoKeyVersion", KMS_VERSION_TEMPLATE),
]


def kms_name_sigs(type_name):
    return [[Param("name", "string", "Name", "req")], [Param("name", type_name, type_name, "obj")]]


def kms_parent_list_sigs(type_name, view):
    return [[Param("parent", "string", "Parent", "req")], [Param("parent", type_name, view, "obj")]]


kms_rpcs = [
    Rpc("ListKeyRings", "ListKeyRingsRequest", "ListKeyRingsResponse", paged="KeyRing",
        signatures=kms_parent_list_sigs("gagr::LocationName", "ParentAsLocationName"), doc="Lists KeyRings."),
    Rpc("ListCryptoKeys", "ListCryptoKeysRequest", "ListCryptoKeysResponse", paged="CryptoKey",
        signatures=kms_parent_list_sigs("KeyRingName", "ParentAsKeyRingName"), doc="Lists CryptoKeys."),
    Rpc("ListCryptoKeyVersions", "ListCryptoKeyVersionsRequest", "ListCryptoKeyVersionsResponse", paged="CryptoKeyVersion",
        signatures=kms_parent_list_sigs("CryptoKeyName", "ParentAsCryptoKeyName"), doc="Lists CryptoKeyVersions."),
    Rpc("GetKeyRing", "GetKeyRingRequest", "KeyRing", signatures=kms_name_sigs("KeyRingName"),
        doc="Returns metadata for a given KeyRing."),
    Rpc("GetCryptoKey", "GetCryptoKeyRequest", "CryptoKey", signatures=kms_name_sigs("CryptoKeyName"),
        doc="Returns metadata for a given CryptoKey, as well as its primary CryptoKeyVersion."),
    Rpc("GetCryptoKeyVersion", "GetCryptoKeyVersionRequest", "CryptoKeyVersion", signatures=kms_name_sigs("CryptoKeyVersionName"),
        doc="Returns metadata for a given CryptoKeyVersion."),
    Rpc("CreateKeyRing", "CreateKeyRingRequest", "KeyRing", signatures=[
        [Param("parent", "string", "Parent", "req"), Param("keyRingId", "string", "KeyRingId", "req"), Param("keyRing", "KeyRing", "KeyRing", "obj")],
        [Param("parent", "gagr::LocationName", "ParentAsLocationName", "obj"), Param("keyRingId", "string", "KeyRingId", "req"),
         Param("keyRing", "KeyRing", "KeyRing", "obj")],
    ], doc="Create a new KeyRing in a given Project and Location."),
    Rpc("CreateCryptoKey", "CreateCryptoKeyRequest", "CryptoKey", signatures=[
        [Param("parent", "string", "Parent", "req"), Param("cryptoKeyId", "string", "CryptoKeyId", "req"), Param("cryptoKey", "CryptoKey", "CryptoKey", "obj")],
        [Param("parent", "KeyRingName", "ParentAsKeyRingName", "obj"), Param("cryptoKeyId", "string", "CryptoKeyId", "req"),
         Param("cryptoKey", "CryptoKey", "CryptoKey", "obj")],
    ], doc="Create a new CryptoKey within a KeyRing."),
    Rpc("CreateCryptoKeyVersion", "CreateCryptoKeyVersionRequest", "CryptoKeyVersion", signatures=[
        [Param("parent", "string", "Parent", "req"), Param("cryptoKeyVersion", "CryptoKeyVersion", "CryptoKeyVersion", "obj")],
        [Param("parent", "CryptoKeyName", "ParentAsCryptoKeyName", "obj"), Param("cryptoKeyVersion", "CryptoKeyVersion", "CryptoKeyVersion", "obj")],
    ], doc="Create a new CryptoKeyVersion in a CryptoKey."),
    Rpc("UpdateCryptoKey", "UpdateCryptoKeyRequest", "CryptoKey", signatures=[
        [Param("cryptoKey", "CryptoKey", "CryptoKey", "obj"), Param("updateMask", MASK, "UpdateMask", "obj")],
    ], doc="Update a CryptoKey."),
    Rpc("UpdateCryptoKeyVersion", "UpdateCryptoKeyVersionRequest", "CryptoKeyVersion", signatures=[
        [Param("cryptoKeyVersion", "CryptoKeyVersion", "CryptoKeyVersion", "obj"), Param("updateMask", MASK, "UpdateMask", "obj")],
    ], doc="Update a CryptoKeyVersion's metadata."),
    Rpc("UpdateCryptoKeyPrimaryVersion", "UpdateCryptoKeyPrimaryVersionRequest", "CryptoKey", signatures=[
        [Param("name", "string", "Name", "req"), Param("cryptoKeyVersionId", "string", "CryptoKeyVersionId", "req")],
        [Param("name", "CryptoKeyName", "CryptoKeyName", "obj"), Param("cryptoKeyVersionId", "string", "CryptoKeyVersionId", "req")],
    ], doc="Update the version of a CryptoKey that will be used in Encrypt."),
    Rpc("DestroyCryptoKeyVersion", "DestroyCryptoKeyVersionRequest", "CryptoKeyVersion",
        signatures=kms_name_sigs("CryptoKeyVersionName"), doc="Schedule a CryptoKeyVersion for destruction."),
    Rpc("RestoreCryptoKeyVersion", "RestoreCryptoKeyVersionRequest", "CryptoKeyVersion",
        signatures=kms_name_sigs("CryptoKeyVersionName"), doc="Restore a CryptoKeyVersion in the DESTROY_SCHEDULED state."),
]

kms_service = Service(
    KMS_NS, "KeyManagementService", "google.cloud.kms.v1.KeyManagementService", "cloudkms.googleapis.com:443",
    ["https://www.googleapis.com/auth/cloud-platform", "https://www.googleapis.com/auth/cloudkms"],
    kms_rpcs, "Google.Cloud.Kms.V1")


# =============================================================================================
# Google.Cloud.Speech.V1 (small subset)
# =============================================================================================

SPEECH_V1_NS = "Google.Cloud.Speech.V1"

speech_v1_messages = [
    Message("RecognizeRequest", [
        F("Config", "RecognitionConfig", 1),
        F("Audio", "RecognitionAudio", 2),
    ], doc="The top-level message sent by the client for the Recognize method."),
    Message("RecognitionConfig", [
        F("Encoding", "enum:global::Google.Cloud.Speech.V1.RecognitionConfig.Types.AudioEncoding", 1),
        F("SampleRateHertz", "int", 2),
        F("AudioChannelCount", "int", 7),
        F("EnableSeparateRecognitionPerChannel", "bool", 12),
        F("LanguageCode", "string", 3),
        R("AlternativeLanguageCodes", "string", 18),
        F("MaxAlternatives", "int", 4),
        F("ProfanityFilter", "bool", 5),
        F("EnableWordTimeOffsets", "bool", 8),
        F("EnableAutomaticPunctuation", "bool", 11),
        F("Model", "string", 13),
        F("UseEnhanced", "bool", 14),
    ], nested=[Enum("AudioEncoding", [("ENCODING_UNSPECIFIED", 0), ("LINEAR16", 1), ("FLAC", 2), ("MULAW", 3), ("AMR", 4),
                                      ("AMR_WB", 5), ("OGG_OPUS", 6), ("SPEEX_WITH_HEADER_BYTE", 7), ("MP3", 8), ("WEBM_OPUS", 9)],
                    doc="The encoding of the audio data sent in the request.")],
        doc="Provides information to the recognizer that specifies how to process the request."),
    Message("RecognitionAudio", [
        Oneof("AudioSource", [
            F("Content", "bytes", 1),
            F("Uri", "string", 2),
        ]),
    ], extra='''/// <summary>Creates a <see cref="RecognitionAudio"/> with the given bytes as content.</summary>
public static RecognitionAudio FromBytes(byte[] bytes) =>
    new RecognitionAudio { Content = pb::ByteString.CopyFrom(gax::GaxPreconditions.CheckNotNull(bytes, nameof(bytes))) };

/// <summary>Creates a <see cref="RecognitionAudio"/> with part of the given bytes as content.</summary>
public static RecognitionAudio FromBytes(byte[] bytes, int offset, int count) =>
    new RecognitionAudio { Content = pb::ByteString.CopyFrom(gax::GaxPreconditions.CheckNotNull(bytes, nameof(bytes)), offset, count) };

/// <summary>Creates a <see cref="RecognitionAudio"/> with the contents of a local file.</summary>
public static RecognitionAudio FromFile(string path) =>
    FromBytes(global::System.IO.File.ReadAllBytes(gax::GaxPreconditions.CheckNotNull(path, nameof(path))));

/// <summary>Creates a <see cref="RecognitionAudio"/> from the remaining contents of a stream.</summary>
public static RecognitionAudio FromStream(global::System.IO.Stream stream) =>
    new RecognitionAudio { Content = pb::ByteString.FromStream(gax::GaxPreconditions.CheckNotNull(stream, nameof(stream))) };

/// <summary>Creates a <see cref="RecognitionAudio"/> referring to a Google Cloud Storage URI.</summary>
public static RecognitionAudio FromStorageUri(string uri) =>
    new RecognitionAudio { Uri = gax::GaxPreconditions.CheckNotNull(uri, nameof(uri)) };''',
        doc="Contains audio data in the encoding specified in the RecognitionConfig."),
    Message("RecognizeResponse", [
        R("Results", "SpeechRecognitionResult", 2),
        F("TotalBilledTime", DUR, 3),
        F("RequestId", "long", 8),
    ], doc="The only message returned to the client by the Recognize method."),
    Message("SpeechRecognitionResult", [
        R("Alternatives", "SpeechRecognitionAlternative", 1),
        F("ChannelTag", "int", 2),
        F("ResultEndTime", DUR, 4),
        F("LanguageCode", "string", 5),
    ], doc="A speech recognition result corresponding to a portion of the audio."),
    Message("SpeechRecognitionAlternative", [
        F("Transcript", "string", 1),
        F("Confidence", "float", 2),
    ], doc="Alternative hypotheses (a.k.a. n-best list)."),
]

speech_v1_rpcs = [
    Rpc("Recognize", "RecognizeRequest", "RecognizeResponse", signatures=[
        [Param("config", "RecognitionConfig", "Config", "obj"), Param("audio", "RecognitionAudio", "Audio", "obj")],
    ], doc="Performs synchronous speech recognition: receive results after all audio has been sent and processed."),
]

speech_v1_service = Service(
    SPEECH_V1_NS, "Speech", "google.cloud.speech.v1.Speech", "speech.googleapis.com:443",
    ["https://www.googleapis.com/auth/cloud-platform"], speech_v1_rpcs, "Google.Cloud.Speech.V1", locations=False)


# =============================================================================================
# Google.Cloud.Location and Google.LongRunning messages
# =============================================================================================

location_messages = [
    Message("ListLocationsRequest", [
        F("Name", "string", 1), F("Filter", "string", 2), F("PageSize", "int", 3), F("PageToken", "string", 4),
    ], interfaces=["gaxgrpc::IPageRequest"], doc="The request message for Locations.ListLocations."),
    Message("ListLocationsResponse", [
        R("Locations", "Location", 1), F("NextPageToken", "string", 2),
    ], interfaces=["gaxgrpc::IPageResponse<Location>"], extra=page_response_extra("Location", "Locations"),
        doc="The response message for Locations.ListLocations."),
    Message("GetLocationRequest", [F("Name", "string", 1)], doc="The request message for Locations.GetLocation."),
    Message("Location", [
        F("Name", "string", 1), F("LocationId", "string", 4), F("DisplayName", "string", 5),
        M("Labels", "string", "string", 2), F("Metadata", ANY, 3),
    ], doc="A resource that represents a Google Cloud location."),
]

longrunning_messages = [
    Message("Operation", [
        F("Name", "string", 1),
        F("Metadata", ANY, 2),
        F("Done", "bool", 3),
        Oneof("Result", [
            F("Error", STATUS, 4),
            F("Response", ANY, 5),
        ]),
    ], doc="This resource represents a long-running operation that is the result of a network API call."),
    Message("GetOperationRequest", [F("Name", "string", 1)], doc="The request message for Operations.GetOperation."),
    Message("ListOperationsRequest", [
        F("Name", "string", 4), F("Filter", "string", 1), F("PageSize", "int", 2), F("PageToken", "string", 3),
    ], interfaces=["gaxgrpc::IPageRequest"], doc="The request message for Operations.ListOperations."),
    Message("ListOperationsResponse", [
        R("Operations", "Operation", 1), F("NextPageToken", "string", 2),
    ], interfaces=["gaxgrpc::IPageResponse<Operation>"], extra=page_response_extra("Operation", "Operations"),
        doc="The response message for Operations.ListOperations."),
    Message("CancelOperationRequest", [F("Name", "string", 1)], doc="The request message for Operations.CancelOperation."),
    Message("DeleteOperationRequest", [F("Name", "string", 1)], doc="The request message for Operations.DeleteOperation."),
    Message("WaitOperationRequest", [F("Name", "string", 1), F("Timeout", DUR, 2)],
            doc="The request message for Operations.WaitOperation."),
]
