// API-surface shim of Google.Api.Gax.Grpc.ServiceMetadata and ApiMetadata (Gax 4.x).

using Google.Protobuf.Reflection;
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace Google.Api.Gax.Grpc
{
    /// <summary>Metadata about a single service within an API.</summary>
    public sealed class ServiceMetadata
    {
        /// <summary>The default universe domain.</summary>
        public const string DefaultUniverseDomain = "googleapis.com";

        /// <summary>Constructs a new instance for a given service.</summary>
        /// <param name="serviceDescriptor">The protobuf descriptor for the service. (The shim accepts null, because
        /// it carries no protobuf descriptors.)</param>
        /// <param name="defaultEndpoint">The default endpoint to connect to for the service. Must not be null.</param>
        /// <param name="defaultScopes">The default scopes for the service. Must not be null, and must not contain any null elements.</param>
        /// <param name="supportsScopedJwts">Whether the service supports scoped JWTs as access tokens.</param>
        /// <param name="transports">The transports supported by this service.</param>
        /// <param name="apiMetadata">The metadata for this API, including all of the services expected to be available.</param>
        public ServiceMetadata(ServiceDescriptor serviceDescriptor, string defaultEndpoint, IEnumerable<string> defaultScopes,
            bool supportsScopedJwts, ApiTransports transports, ApiMetadata apiMetadata)
        {
            ServiceDescriptor = serviceDescriptor;
            DefaultEndpoint = GaxPreconditions.CheckNotNull(defaultEndpoint, nameof(defaultEndpoint));
            DefaultScopes = new ReadOnlyCollection<string>(GaxPreconditions.CheckNotNull(defaultScopes, nameof(defaultScopes)).ToList());
            SupportsScopedJwts = supportsScopedJwts;
            Transports = transports;
            ApiMetadata = GaxPreconditions.CheckNotNull(apiMetadata, nameof(apiMetadata));
            EndpointTemplate = BuildEndpointTemplate(defaultEndpoint);
        }

        /// <summary>The protobuf service descriptor for this service (null in the shim).</summary>
        public ServiceDescriptor ServiceDescriptor { get; }

        /// <summary>The name of the service within the API, e.g. "Speech".</summary>
        public string Name => ServiceDescriptor?.Name;

        /// <summary>The default endpoint for the service.</summary>
        public string DefaultEndpoint { get; }

        /// <summary>The template used to build the endpoint from a universe domain, e.g. "speech.{0}:443".</summary>
        public string EndpointTemplate { get; }

        /// <summary>The default scopes for the service.</summary>
        public IReadOnlyList<string> DefaultScopes { get; }

        /// <summary>Whether the service supports scoped JWTs as access tokens.</summary>
        public bool SupportsScopedJwts { get; }

        /// <summary>The transports supported by this service.</summary>
        public ApiTransports Transports { get; }

        /// <summary>The metadata for the API this is part of.</summary>
        public ApiMetadata ApiMetadata { get; }

        private static string BuildEndpointTemplate(string defaultEndpoint)
        {
            const string suffix = "." + DefaultUniverseDomain;
            int portIndex = defaultEndpoint.LastIndexOf(':');
            string host = portIndex >= 0 ? defaultEndpoint.Substring(0, portIndex) : defaultEndpoint;
            string port = portIndex >= 0 ? defaultEndpoint.Substring(portIndex) : "";
            return host.EndsWith(suffix, StringComparison.Ordinal)
                ? host.Substring(0, host.Length - DefaultUniverseDomain.Length) + "{0}" + port
                : null;
        }
    }

    /// <summary>Metadata about an API, including the protobuf descriptors it uses.</summary>
    public sealed class ApiMetadata
    {
        private readonly Lazy<IReadOnlyList<FileDescriptor>> _fileDescriptors;

        /// <summary>Creates an API descriptor from a sequence of file descriptors.</summary>
        public ApiMetadata(string name, IEnumerable<FileDescriptor> descriptors)
            : this(name, () => GaxPreconditions.CheckNotNull(descriptors, nameof(descriptors)))
        {
        }

        /// <summary>Creates an API descriptor which lazily requests the protobuf descriptors when required.</summary>
        public ApiMetadata(string name, Func<IEnumerable<FileDescriptor>> descriptorsProvider)
        {
            Name = GaxPreconditions.CheckNotNullOrEmpty(name, nameof(name));
            GaxPreconditions.CheckNotNull(descriptorsProvider, nameof(descriptorsProvider));
            _fileDescriptors = new Lazy<IReadOnlyList<FileDescriptor>>(() => descriptorsProvider().ToList().AsReadOnly());
        }

        /// <summary>The name of the API (typically the fully-qualified name of the client library package).</summary>
        public string Name { get; }

        /// <summary>The protobuf descriptors used by this API.</summary>
        public IReadOnlyList<FileDescriptor> FileDescriptors => _fileDescriptors.Value;
    }
}
