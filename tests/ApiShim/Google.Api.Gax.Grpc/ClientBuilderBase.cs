// API-surface shim of Google.Api.Gax.Grpc.ClientBuilderBase<TClient> (Gax 4.x).
// Properties are plain storage and endpoint resolution follows the documented rules, so code that
// configures builders behaves as with the real library; building a client needs the real library.

using ApiShim.Internal;
using Google.Apis.Auth.OAuth2;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Google.Api.Gax.Grpc
{
    /// <summary>
    /// Base class for API-specific builders.
    /// </summary>
    /// <typeparam name="TClient">The type of client created by this builder.</typeparam>
    public abstract class ClientBuilderBase<TClient>
    {
        private const string UniverseDomainEnvironmentVariable = "GOOGLE_CLOUD_UNIVERSE_DOMAIN";

        /// <summary>The default gRPC options.</summary>
        protected static GrpcChannelOptions DefaultOptions { get; } = GrpcChannelOptions.Empty
            .WithKeepAliveTime(TimeSpan.FromMinutes(1))
            .WithEnableServiceConfigResolution(false)
            .WithMaxReceiveMessageSize(int.MaxValue);

        /// <summary>Creates a new instance with no explicit settings.</summary>
        /// <param name="serviceMetadata">The metadata for the service that the client will be used with. Must not be null.</param>
        protected ClientBuilderBase(ServiceMetadata serviceMetadata)
        {
            ServiceMetadata = GaxPreconditions.CheckNotNull(serviceMetadata, nameof(serviceMetadata));
            UseJwtAccessWithScopes = serviceMetadata.SupportsScopedJwts;
        }

        /// <summary>The metadata associated with the service that this client will make requests to.</summary>
        protected ServiceMetadata ServiceMetadata { get; }

        /// <summary>The universe domain to connect to, or null to use the default universe domain.</summary>
        public string UniverseDomain { get; set; }

        /// <summary>The endpoint to connect to, or null to use the default endpoint.</summary>
        /// <remarks>If set, this value is used unchanged, taking preference over <see cref="UniverseDomain"/>.</remarks>
        public string Endpoint { get; set; }

        /// <summary>The logger to include in the client, if any.</summary>
        public ILogger Logger { get; set; }

        /// <summary>The scopes to use, or null to use the default scopes.</summary>
        public IReadOnlyList<string> Scopes { get; set; }

        /// <summary>The channel credentials to use, or null if credentials are being provided in a different way.</summary>
        public ChannelCredentials ChannelCredentials { get; set; }

        /// <summary>The path to the credentials file to use, or null if credentials are being provided in a different way.</summary>
        [Obsolete("This property is deprecated because of a potential security risk. Instead, provide explicit credential objects through the GoogleCredential property. See the remarks for more details.")]
        public string CredentialsPath { get; set; }

        /// <summary>The credentials to use as a JSON string, or null if credentials are being provided in a different way.</summary>
        [Obsolete("This property is deprecated because of a potential security risk. Instead, provide explicit credential objects through the GoogleCredential property. See the remarks for more details.")]
        public string JsonCredentials { get; set; }

        /// <summary>The credentials to use as a <see cref="Google.Apis.Auth.OAuth2.GoogleCredential"/>, or null.</summary>
        public GoogleCredential GoogleCredential { get; set; }

        /// <summary>The credentials to use in "raw" form, for conversion into channel credentials.</summary>
        public ICredential Credential { get; set; }

        /// <summary>The token access method to use, or null if credentials are being provided in a different way.</summary>
        [Obsolete("The Credential property is preferred for simplicity. This property may be removed in a future major version.")]
        public Func<string, CancellationToken, Task<string>> TokenAccessMethod { get; set; }

        /// <summary>The call invoker to use, or null to create the call invoker when the client is built.</summary>
        public CallInvoker CallInvoker { get; set; }

        /// <summary>A custom user agent to specify in the channel metadata, or null.</summary>
        public string UserAgent { get; set; }

        /// <summary>The gRPC implementation to use, or null to use the default implementation.</summary>
        public GrpcAdapter GrpcAdapter { get; set; }

        private EmulatorDetection _emulatorDetection = EmulatorDetection.None;

        /// <summary>The emulator detection policy to apply when building a client.</summary>
        protected EmulatorDetection EmulatorDetection
        {
            get => _emulatorDetection;
            set => _emulatorDetection = GaxPreconditions.CheckEnumValue(value, nameof(value));
        }

        /// <summary>An API key to use as an alternative to a full credential.</summary>
        public string ApiKey { get; set; }

        /// <summary>The GCP project ID that should be used for quota and billing purposes. May be null.</summary>
        public string QuotaProject { get; set; }

        /// <summary>Any custom channel options to merge with the default options. May be null.</summary>
        public GrpcChannelOptions GrpcChannelOptions { get; set; }

        /// <summary>Returns the channel created last time any of the Build methods were called, or null.</summary>
        public ChannelBase LastCreatedChannel { get; protected set; }

        /// <summary>Whether self-signed JWTs will be used over OAuth tokens when OAuth scopes are explicitly set.</summary>
        public bool UseJwtAccessWithScopes { get; set; }

        /// <summary>
        /// The universe domain in effect: <see cref="UniverseDomain"/> if set, otherwise the
        /// <c>GOOGLE_CLOUD_UNIVERSE_DOMAIN</c> environment variable, otherwise <see cref="ServiceMetadata.DefaultUniverseDomain"/>.
        /// </summary>
#pragma warning disable CS0618 // Type or member is obsolete
        protected string EffectiveUniverseDomain => UniverseDomain ??
            (CallInvoker is object ? null :
            Endpoint is null ? EffectiveDefaultUniverseDomain :
            TokenAccessMethod is null && ChannelCredentials is null && Credential is null ? EffectiveDefaultUniverseDomain :
            null);
#pragma warning restore CS0618

        private static string EffectiveDefaultUniverseDomain
        {
            get
            {
                var fromEnvironment = Environment.GetEnvironmentVariable(UniverseDomainEnvironmentVariable);
                return string.IsNullOrWhiteSpace(fromEnvironment) ? ServiceMetadata.DefaultUniverseDomain : fromEnvironment;
            }
        }

        /// <summary>
        /// The service endpoint taking into account <see cref="Endpoint"/> (used unchanged when set) and
        /// <see cref="UniverseDomain"/> (formatted into <see cref="ServiceMetadata.EndpointTemplate"/>).
        /// </summary>
        protected virtual string EffectiveEndpoint => Endpoint ??
            (ServiceMetadata.EndpointTemplate is object ? string.Format(ServiceMetadata.EndpointTemplate, EffectiveUniverseDomain) :
            EffectiveUniverseDomain == ServiceMetadata.DefaultUniverseDomain ? ServiceMetadata.DefaultEndpoint :
            null);

        /// <summary>The effective <see cref="GrpcAdapter"/> for this builder.</summary>
        protected GrpcAdapter EffectiveGrpcAdapter => GrpcAdapter ?? GrpcAdapter.GetFallbackAdapter(ServiceMetadata);

        /// <summary>Whether a channel pool can be used if a channel is required.</summary>
#pragma warning disable CS0618 // Type or member is obsolete
        protected virtual bool CanUseChannelPool =>
            ChannelCredentials == null && CredentialsPath == null && JsonCredentials == null && TokenAccessMethod == null &&
            Scopes == null && QuotaProject == null && GoogleCredential == null && Credential == null && ApiKey == null;
#pragma warning restore CS0618

        /// <summary>Copies common settings from the specified builder into this one. This is a shallow copy.</summary>
        protected void CopyCommonSettings<TOther>(ClientBuilderBase<TOther> source)
        {
            GaxPreconditions.CheckNotNull(source, nameof(source));
            UniverseDomain = source.UniverseDomain;
            Endpoint = source.Endpoint;
            Scopes = source.Scopes;
            ChannelCredentials = source.ChannelCredentials;
#pragma warning disable CS0618 // Type or member is obsolete
            CredentialsPath = source.CredentialsPath;
            JsonCredentials = source.JsonCredentials;
            TokenAccessMethod = source.TokenAccessMethod;
#pragma warning restore CS0618
            GoogleCredential = source.GoogleCredential;
            Credential = source.Credential;
            CallInvoker = source.CallInvoker;
            UserAgent = source.UserAgent;
            GrpcAdapter = source.GrpcAdapter;
            GrpcChannelOptions = source.GrpcChannelOptions;
            QuotaProject = source.QuotaProject;
            UseJwtAccessWithScopes = source.UseJwtAccessWithScopes;
            Logger = source.Logger;
            ApiKey = source.ApiKey;
            EmulatorDetection = source.EmulatorDetection;
        }

        /// <summary>Copies the settings that are relevant when connecting to an emulator.</summary>
        protected void CopySettingsForEmulator(ClientBuilderBase<TClient> source)
        {
            GaxPreconditions.CheckNotNull(source, nameof(source));
            UserAgent = source.UserAgent;
            GrpcAdapter = source.GrpcAdapter;
            Logger = source.Logger;
        }

        /// <summary>Returns the effective settings for this builder, taking API keys into account.</summary>
        protected T GetEffectiveSettings<T>(T settings) where T : ServiceSettingsBase, new()
        {
            if (ApiKey is null)
            {
                return settings;
            }
            settings = settings ?? new T();
            settings.CallSettings = settings.CallSettings.WithHeader("x-goog-api-key", ApiKey);
            return settings;
        }

        /// <summary>Validates that the builder is in a consistent state for building.</summary>
        /// <exception cref="InvalidOperationException">The builder is in an invalid state.</exception>
        protected virtual void Validate()
        {
#pragma warning disable CS0618 // Type or member is obsolete
            ValidateOptionExcludesOthers("CallInvoker cannot be specified with credentials settings, a universe domain or an endpoint", CallInvoker,
                ChannelCredentials, CredentialsPath, JsonCredentials, Scopes, UniverseDomain, Endpoint, TokenAccessMethod, GoogleCredential, Credential);
            ValidateAtMostOneNotNull("Only one source of credentials can be specified",
                ChannelCredentials, CredentialsPath, JsonCredentials, TokenAccessMethod, GoogleCredential, Credential, ApiKey);
            ValidateOptionExcludesOthers("Scopes are not relevant when a token access method, channel credentials, ICredential or ApiKey are supplied", Scopes,
                TokenAccessMethod, ChannelCredentials, Credential, ApiKey);
#pragma warning restore CS0618
            ValidateOptionExcludesOthers("QuotaProject cannot be specified if a CallInvoker, ChannelCredentials, Credential or ApiKey is specified", QuotaProject,
                CallInvoker, ChannelCredentials, Credential, ApiKey);
        }

        /// <summary>Validates that at most one of the given values is not null.</summary>
        protected void ValidateAtMostOneNotNull(string message, params object[] values) =>
            GaxPreconditions.CheckState(values.Count(v => v != null) < 2, message);

        /// <summary>Validates that if <paramref name="controlling"/> is not null, then every value in <paramref name="values"/> is null.</summary>
        protected void ValidateOptionExcludesOthers(string message, object controlling, params object[] values) =>
            GaxPreconditions.CheckState(controlling == null || values.All(v => v == null), message);

        /// <summary>Performs basic emulator detection and validation based on the given environment variables.</summary>
        protected Dictionary<string, string> GetEmulatorEnvironment(
            IEnumerable<string> requiredEmulatorEnvironmentVariables,
            IEnumerable<string> allEmulatorEnvironmentVariables,
            Func<string, string> environmentVariableProvider = null) => throw Shim.NotImplemented();

        /// <summary>Creates a call invoker synchronously.</summary>
        protected virtual CallInvoker CreateCallInvoker() => throw Shim.NotImplemented();

        /// <summary>Creates a call invoker asynchronously.</summary>
        protected virtual Task<CallInvoker> CreateCallInvokerAsync(CancellationToken cancellationToken) => throw Shim.NotImplemented();

        /// <summary>Obtains channel credentials synchronously.</summary>
        protected virtual ChannelCredentials GetChannelCredentials() => throw Shim.NotImplemented();

        /// <summary>Obtains channel credentials asynchronously.</summary>
        protected virtual Task<ChannelCredentials> GetChannelCredentialsAsync(CancellationToken cancellationToken) => throw Shim.NotImplemented();

        /// <summary>Returns the channel pool to use when no other options are specified.</summary>
        protected abstract ChannelPool GetChannelPool();

        /// <summary>Returns the options to use when creating a channel, taking <see cref="GrpcChannelOptions"/> into account.</summary>
        protected virtual GrpcChannelOptions GetChannelOptions()
        {
            var defaultOptions = UserAgent == null ? DefaultOptions : DefaultOptions.WithPrimaryUserAgent(UserAgent);
            return GrpcChannelOptions is null ? defaultOptions : defaultOptions.MergedWith(GrpcChannelOptions);
        }

        /// <summary>Returns a channel for the specified endpoint and credentials.</summary>
        protected virtual ChannelBase CreateChannel(string endpoint, ChannelCredentials credentials) => throw Shim.NotImplemented();

        /// <summary>Builds the resulting client.</summary>
        public abstract TClient Build();

        /// <summary>Builds the resulting client asynchronously.</summary>
        public abstract Task<TClient> BuildAsync(CancellationToken cancellationToken = default);

        /// <summary>Populates properties supplied via dependency injection, then builds a client.</summary>
        /// <param name="provider">The service provider to request dependencies from. Must not be null.</param>
        public TClient Build(IServiceProvider provider)
        {
            Configure(provider);
            return Build();
        }

        /// <summary>Populates properties supplied via dependency injection, then builds a client asynchronously.</summary>
        /// <param name="provider">The service provider to request dependencies from. Must not be null.</param>
        /// <param name="cancellationToken">A token to cancel the operation.</param>
        public async Task<TClient> BuildAsync(IServiceProvider provider, CancellationToken cancellationToken = default)
        {
            Configure(provider);
            return await BuildAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Populates properties based on those set via dependency injection.</summary>
        /// <param name="provider">The service provider to request dependencies from.</param>
        protected virtual void Configure(IServiceProvider provider)
        {
            GaxPreconditions.CheckNotNull(provider, nameof(provider));
            Logger = Logger ?? (ILogger) provider.GetService(typeof(ILogger<TClient>));
            CallInvoker = CallInvoker ?? (CallInvoker) provider.GetService(typeof(CallInvoker));
            if (CallInvoker is object)
            {
                return;
            }
            GrpcChannelOptions = GrpcChannelOptions ?? (GrpcChannelOptions) provider.GetService(typeof(GrpcChannelOptions));
        }
    }
}
