// API-surface shim of Google.Cloud.Location.LocationsClient (Google.Cloud.Location 2.x), minimal.

using ApiShim.Internal;
using Google.Api.Gax;
using Google.Api.Gax.Grpc;
using System.Threading;
using System.Threading.Tasks;

namespace Google.Cloud.Location
{
    /// <summary>Settings for <see cref="LocationsClient"/> instances.</summary>
    public sealed partial class LocationsSettings : ServiceSettingsBase
    {
        /// <summary>Get a new instance of the default <see cref="LocationsSettings"/>.</summary>
        public static LocationsSettings GetDefault() => new LocationsSettings();

        /// <summary>Constructs a new <see cref="LocationsSettings"/> object with default settings.</summary>
        public LocationsSettings()
        {
        }

        private LocationsSettings(LocationsSettings existing) : base(existing)
        {
            ListLocationsSettings = existing.ListLocationsSettings;
            GetLocationSettings = existing.GetLocationSettings;
        }

        /// <summary><see cref="CallSettings"/> for calls to <c>LocationsClient.ListLocations</c>.</summary>
        public CallSettings ListLocationsSettings { get; set; }

        /// <summary><see cref="CallSettings"/> for calls to <c>LocationsClient.GetLocation</c>.</summary>
        public CallSettings GetLocationSettings { get; set; }

        /// <summary>Creates a deep clone of this object, with all the same property values.</summary>
        public LocationsSettings Clone() => new LocationsSettings(this);
    }

    /// <summary>Locations client wrapper, for convenient use.</summary>
    public abstract partial class LocationsClient
    {
        /// <summary>Synchronously creates a <see cref="LocationsClient"/> using the default credentials, endpoint and settings.</summary>
        public static LocationsClient Create() => throw Shim.NotImplemented();

        /// <summary>Asynchronously creates a <see cref="LocationsClient"/> using the default credentials, endpoint and settings.</summary>
        public static Task<LocationsClient> CreateAsync(CancellationToken cancellationToken = default) =>
            Task.FromException<LocationsClient>(Shim.NotImplemented());

        /// <summary>Lists information about the supported locations for this service.</summary>
        public virtual PagedEnumerable<ListLocationsResponse, Location> ListLocations(ListLocationsRequest request, CallSettings callSettings = null) =>
            throw Shim.NotImplemented();

        /// <summary>Lists information about the supported locations for this service.</summary>
        public virtual PagedAsyncEnumerable<ListLocationsResponse, Location> ListLocationsAsync(ListLocationsRequest request, CallSettings callSettings = null) =>
            throw Shim.NotImplemented();

        /// <summary>Gets information about a location.</summary>
        public virtual Location GetLocation(GetLocationRequest request, CallSettings callSettings = null) => throw Shim.NotImplemented();

        /// <summary>Gets information about a location.</summary>
        public virtual Task<Location> GetLocationAsync(GetLocationRequest request, CallSettings callSettings = null) => throw Shim.NotImplemented();

        /// <summary>Gets information about a location.</summary>
        public virtual Task<Location> GetLocationAsync(GetLocationRequest request, CancellationToken cancellationToken) =>
            GetLocationAsync(request, CallSettings.FromCancellationToken(cancellationToken));
    }
}
