// API-surface shim of the gRPC adapters of Google.Api.Gax.Grpc (Gax 4.x).

using ApiShim.Internal;
using Grpc.Core;
using System;

namespace Google.Api.Gax.Grpc
{
    /// <summary>An adapter from the Google API client libraries to a gRPC transport implementation.</summary>
    public abstract class GrpcAdapter
    {
        private readonly ApiTransports _supportedTransports;

        private protected GrpcAdapter(ApiTransports supportedTransports) => _supportedTransports = supportedTransports;

        /// <summary>Returns a fallback provider suitable for the given API.</summary>
        public static GrpcAdapter GetFallbackAdapter(ServiceMetadata serviceMetadata)
        {
            GaxPreconditions.CheckNotNull(serviceMetadata, nameof(serviceMetadata));
            return (serviceMetadata.Transports & ApiTransports.Grpc) != 0
                ? (GrpcAdapter) GrpcNetClientAdapter.Default
                : Rest.RestGrpcAdapter.Default;
        }

        /// <summary>Returns whether or not this adapter supports the specified service.</summary>
        public bool SupportsApi(ServiceMetadata serviceMetadata) =>
            (GaxPreconditions.CheckNotNull(serviceMetadata, nameof(serviceMetadata)).Transports & _supportedTransports) != 0;

        /// <summary>Creates a channel for the given endpoint, using the given credentials and options.</summary>
        public ChannelBase CreateChannel(ServiceMetadata serviceMetadata, string endpoint, ChannelCredentials credentials, GrpcChannelOptions options) =>
            CreateChannelImpl(serviceMetadata, endpoint, credentials, options);

        /// <summary>Creates a channel for the given endpoint, using the given credentials and options.</summary>
        private protected abstract ChannelBase CreateChannelImpl(ServiceMetadata serviceMetadata, string endpoint, ChannelCredentials credentials, GrpcChannelOptions options);
    }

    /// <summary>Implementation of <see cref="GrpcAdapter"/> for Grpc.Net.Client.</summary>
    public sealed class GrpcNetClientAdapter : GrpcAdapter
    {
        private GrpcNetClientAdapter() : base(ApiTransports.Grpc)
        {
        }

        /// <summary>Returns the default instance of this class.</summary>
        public static GrpcNetClientAdapter Default { get; } = new GrpcNetClientAdapter();

        private protected override ChannelBase CreateChannelImpl(ServiceMetadata serviceMetadata, string endpoint, ChannelCredentials credentials, GrpcChannelOptions options) =>
            throw Shim.NotImplemented();
    }

    /// <summary>Implementation of <see cref="GrpcAdapter"/> for the legacy Grpc.Core implementation.</summary>
    public sealed class GrpcCoreAdapter : GrpcAdapter
    {
        private GrpcCoreAdapter() : base(ApiTransports.Grpc)
        {
        }

        /// <summary>Returns the singleton instance of this class.</summary>
        public static GrpcCoreAdapter Instance { get; } = new GrpcCoreAdapter();

        private protected override ChannelBase CreateChannelImpl(ServiceMetadata serviceMetadata, string endpoint, ChannelCredentials credentials, GrpcChannelOptions options) =>
            throw Shim.NotImplemented();
    }
}

namespace Google.Api.Gax.Grpc.Rest
{
    /// <summary>A gRPC adapter for REST/JSON transport ("HTTP/1.1 with JSON").</summary>
    public sealed class RestGrpcAdapter : GrpcAdapter
    {
        private RestGrpcAdapter() : base(ApiTransports.Rest)
        {
        }

        /// <summary>Returns the default instance of this class.</summary>
        public static RestGrpcAdapter Default { get; } = new RestGrpcAdapter();

        private protected override ChannelBase CreateChannelImpl(ServiceMetadata serviceMetadata, string endpoint, ChannelCredentials credentials, GrpcChannelOptions options) =>
            throw Shim.NotImplemented();
    }
}
