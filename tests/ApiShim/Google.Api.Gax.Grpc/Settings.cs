// API-surface shim of the settings types of Google.Api.Gax.Grpc (Gax 4.x).

using ApiShim.Internal;
using Grpc.Core.Interceptors;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Google.Api.Gax.Grpc
{
    /// <summary>Common settings for all services.</summary>
    public abstract class ServiceSettingsBase
    {
        /// <summary>Constructs a service settings base object with a default versioning header, clock and scheduler.</summary>
        protected ServiceSettingsBase()
        {
        }

        /// <summary>Constructs a service settings base object by cloning the settings from an existing one.</summary>
        /// <param name="existing">The existing settings object to clone settings from. Must not be null.</param>
        protected ServiceSettingsBase(ServiceSettingsBase existing)
        {
            GaxPreconditions.CheckNotNull(existing, nameof(existing));
            Clock = existing.Clock;
            Scheduler = existing.Scheduler;
            CallSettings = existing.CallSettings;
            Interceptor = existing.Interceptor;
        }

        /// <summary>The clock used for timing of retries and deadlines. This is never null.</summary>
        public IClock Clock { get; set; } = SystemClock.Instance;

        /// <summary>The scheduler used for timing of retries. This is never null.</summary>
        public IScheduler Scheduler { get; set; } = SystemScheduler.Instance;

        /// <summary>A call settings object that is applied to all RPC calls made with these settings. May be null.</summary>
        public CallSettings CallSettings { get; set; }

        /// <summary>An optional gRPC interceptor to perform arbitrary interception tasks. May be null.</summary>
        public Interceptor Interceptor { get; set; }
    }

    /// <summary>Settings for bidirectional streaming.</summary>
    public sealed class BidirectionalStreamingSettings
    {
        /// <summary>Configure settings for bidirectional streaming.</summary>
        /// <param name="bufferedClientWriterCapacity">The capacity of the write buffer.</param>
        public BidirectionalStreamingSettings(int bufferedClientWriterCapacity)
        {
            BufferedClientWriterCapacity = GaxPreconditions.CheckArgumentRange(
                bufferedClientWriterCapacity, nameof(bufferedClientWriterCapacity), 1, int.MaxValue);
        }

        /// <summary>The capacity of the write buffer, that locally buffers streaming requests.</summary>
        public int BufferedClientWriterCapacity { get; }
    }

    /// <summary>A pool of channels for the same service, but with potentially different endpoints.</summary>
    public sealed class ChannelPool
    {
        private readonly List<string> _scopes;

        /// <summary>Creates a channel pool which will apply the specified scopes to the default application credentials.</summary>
        public ChannelPool(IEnumerable<string> scopes, bool useJwtWithScopes)
        {
            _scopes = new List<string>(GaxPreconditions.CheckNotNull(scopes, nameof(scopes)));
            UseJwtAccessWithScopes = useJwtWithScopes;
        }

        internal bool UseJwtAccessWithScopes { get; }

        /// <summary>Shuts down all the currently-allocated channels asynchronously.</summary>
        /// <remarks>The shim never creates channels, so there is nothing to shut down.</remarks>
        public Task ShutdownChannelsAsync() => Task.FromResult(0);
    }

    /// <summary>A request for a page-streaming operation.</summary>
    public interface IPageRequest
    {
        /// <summary>The page token to send to the server.</summary>
        string PageToken { get; set; }

        /// <summary>The maximum number of elements to return in the response.</summary>
        int PageSize { get; set; }
    }

    /// <summary>A response in a page-streaming operation.</summary>
    /// <typeparam name="TResource">The type of resource contained in the response.</typeparam>
    public interface IPageResponse<TResource> : IEnumerable<TResource>
    {
        /// <summary>The page token to use to fetch the next set of resources.</summary>
        string NextPageToken { get; }
    }
}
