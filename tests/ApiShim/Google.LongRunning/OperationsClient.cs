// API-surface shim of Google.LongRunning.OperationsClient (Google.LongRunning 3.x), minimal.
// RPC methods throw unless overridden (e.g. by a test double).

using ApiShim.Internal;
using Google.Api.Gax;
using Google.Api.Gax.Grpc;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;
using System.Threading.Tasks;

namespace Google.LongRunning
{
    /// <summary>Settings for <see cref="OperationsClient"/> instances.</summary>
    public sealed partial class OperationsSettings : ServiceSettingsBase
    {
        /// <summary>Get a new instance of the default <see cref="OperationsSettings"/>.</summary>
        public static OperationsSettings GetDefault() => new OperationsSettings();

        /// <summary>Constructs a new <see cref="OperationsSettings"/> object with default settings.</summary>
        public OperationsSettings()
        {
        }

        private OperationsSettings(OperationsSettings existing) : base(existing)
        {
            GetOperationSettings = existing.GetOperationSettings;
            ListOperationsSettings = existing.ListOperationsSettings;
            DeleteOperationSettings = existing.DeleteOperationSettings;
            CancelOperationSettings = existing.CancelOperationSettings;
            DefaultPollSettings = existing.DefaultPollSettings;
        }

        /// <summary><see cref="CallSettings"/> for calls to <c>OperationsClient.GetOperation</c>.</summary>
        public CallSettings GetOperationSettings { get; set; }

        /// <summary><see cref="CallSettings"/> for calls to <c>OperationsClient.ListOperations</c>.</summary>
        public CallSettings ListOperationsSettings { get; set; }

        /// <summary><see cref="CallSettings"/> for calls to <c>OperationsClient.DeleteOperation</c>.</summary>
        public CallSettings DeleteOperationSettings { get; set; }

        /// <summary><see cref="CallSettings"/> for calls to <c>OperationsClient.CancelOperation</c>.</summary>
        public CallSettings CancelOperationSettings { get; set; }

        /// <summary>The poll settings used by default for repeated polling operations. May be null.</summary>
        public PollSettings DefaultPollSettings { get; set; }

        /// <summary>Creates a deep clone of this object, with all the same property values.</summary>
        public OperationsSettings Clone() => new OperationsSettings(this);
    }

    /// <summary>Operations client wrapper, for convenient use.</summary>
    public abstract partial class OperationsClient
    {
        /// <summary>The default endpoint for the Operations service.</summary>
        public static string DefaultEndpoint { get; } = "longrunning.googleapis.com:443";

        /// <summary>The default Operations scopes (none).</summary>
        public static IReadOnlyList<string> DefaultScopes { get; } = new ReadOnlyCollection<string>(new string[0]);

        /// <summary>Synchronously creates an <see cref="OperationsClient"/> using the default credentials, endpoint and settings.</summary>
        public static OperationsClient Create() => throw Shim.NotImplemented();

        /// <summary>Asynchronously creates an <see cref="OperationsClient"/> using the default credentials, endpoint and settings.</summary>
        public static Task<OperationsClient> CreateAsync(CancellationToken cancellationToken = default) =>
            Task.FromException<OperationsClient>(Shim.NotImplemented());

        /// <summary>The clock used for timeouts, retries and polling.</summary>
        public virtual IClock Clock => SystemClock.Instance;

        /// <summary>The scheduler used for timeouts, retries and polling.</summary>
        public virtual IScheduler Scheduler => SystemScheduler.Instance;

        /// <summary>The poll settings used by default for repeated polling operations. May be null.</summary>
        public virtual PollSettings DefaultPollSettings => null;

        /// <summary>Gets the latest state of a long-running operation.</summary>
        public virtual Operation GetOperation(GetOperationRequest request, CallSettings callSettings = null) => throw Shim.NotImplemented();

        /// <summary>Gets the latest state of a long-running operation.</summary>
        public virtual Task<Operation> GetOperationAsync(GetOperationRequest request, CallSettings callSettings = null) => throw Shim.NotImplemented();

        /// <summary>Gets the latest state of a long-running operation.</summary>
        public virtual Task<Operation> GetOperationAsync(GetOperationRequest request, CancellationToken cancellationToken) =>
            GetOperationAsync(request, CallSettings.FromCancellationToken(cancellationToken));

        /// <summary>Gets the latest state of a long-running operation.</summary>
        public virtual Operation GetOperation(string name, CallSettings callSettings = null) =>
            GetOperation(new GetOperationRequest { Name = GaxPreconditions.CheckNotNullOrEmpty(name, nameof(name)) }, callSettings);

        /// <summary>Gets the latest state of a long-running operation.</summary>
        public virtual Task<Operation> GetOperationAsync(string name, CallSettings callSettings = null) =>
            GetOperationAsync(new GetOperationRequest { Name = GaxPreconditions.CheckNotNullOrEmpty(name, nameof(name)) }, callSettings);

        /// <summary>Gets the latest state of a long-running operation.</summary>
        public virtual Task<Operation> GetOperationAsync(string name, CancellationToken cancellationToken) =>
            GetOperationAsync(name, CallSettings.FromCancellationToken(cancellationToken));

        /// <summary>Lists operations that match the specified filter in the request.</summary>
        public virtual PagedEnumerable<ListOperationsResponse, Operation> ListOperations(ListOperationsRequest request, CallSettings callSettings = null) =>
            throw Shim.NotImplemented();

        /// <summary>Lists operations that match the specified filter in the request.</summary>
        public virtual PagedAsyncEnumerable<ListOperationsResponse, Operation> ListOperationsAsync(ListOperationsRequest request, CallSettings callSettings = null) =>
            throw Shim.NotImplemented();

        /// <summary>Deletes a long-running operation.</summary>
        public virtual void DeleteOperation(DeleteOperationRequest request, CallSettings callSettings = null) => throw Shim.NotImplemented();

        /// <summary>Deletes a long-running operation.</summary>
        public virtual Task DeleteOperationAsync(DeleteOperationRequest request, CallSettings callSettings = null) => throw Shim.NotImplemented();

        /// <summary>Deletes a long-running operation.</summary>
        public virtual void DeleteOperation(string name, CallSettings callSettings = null) =>
            DeleteOperation(new DeleteOperationRequest { Name = GaxPreconditions.CheckNotNullOrEmpty(name, nameof(name)) }, callSettings);

        /// <summary>Deletes a long-running operation.</summary>
        public virtual Task DeleteOperationAsync(string name, CallSettings callSettings = null) =>
            DeleteOperationAsync(new DeleteOperationRequest { Name = GaxPreconditions.CheckNotNullOrEmpty(name, nameof(name)) }, callSettings);

        /// <summary>Deletes a long-running operation.</summary>
        public virtual Task DeleteOperationAsync(string name, CancellationToken cancellationToken) =>
            DeleteOperationAsync(name, CallSettings.FromCancellationToken(cancellationToken));

        /// <summary>Starts asynchronous cancellation on a long-running operation.</summary>
        public virtual void CancelOperation(CancelOperationRequest request, CallSettings callSettings = null) => throw Shim.NotImplemented();

        /// <summary>Starts asynchronous cancellation on a long-running operation.</summary>
        public virtual Task CancelOperationAsync(CancelOperationRequest request, CallSettings callSettings = null) => throw Shim.NotImplemented();

        /// <summary>Starts asynchronous cancellation on a long-running operation.</summary>
        public virtual void CancelOperation(string name, CallSettings callSettings = null) =>
            CancelOperation(new CancelOperationRequest { Name = GaxPreconditions.CheckNotNullOrEmpty(name, nameof(name)) }, callSettings);

        /// <summary>Starts asynchronous cancellation on a long-running operation.</summary>
        public virtual Task CancelOperationAsync(string name, CallSettings callSettings = null) =>
            CancelOperationAsync(new CancelOperationRequest { Name = GaxPreconditions.CheckNotNullOrEmpty(name, nameof(name)) }, callSettings);

        /// <summary>Starts asynchronous cancellation on a long-running operation.</summary>
        public virtual Task CancelOperationAsync(string name, CancellationToken cancellationToken) =>
            CancelOperationAsync(name, CallSettings.FromCancellationToken(cancellationToken));
    }
}
