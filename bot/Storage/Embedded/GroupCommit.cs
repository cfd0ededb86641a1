using System.Collections.Concurrent;

using Azure;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// The store's one writer. Callers line up; whoever finds the writer idle becomes it and applies what waits,
/// its own write included, and a thread-pool worker takes over while more keep coming. Waiting writes are
/// applied together in one SQL transaction with a savepoint each, so each keeps its own outcome (a 409 rolls
/// back only its own savepoint), and the batch commits once: a caller hears back only after that commit.
/// When SQLite itself fails (a full disk, a lock held by another process), the batch is rolled back and each
/// write is applied again alone in its own transaction, exactly as if it had been the only one.
/// </summary>
public sealed class GroupCommit(StoreSession session, WriteClock clock, SemaphoreSlim? sharedConnection) : IDisposable
{
    // A bound on one transaction, so a steady stream of callers still sees commits.
    private const int MaxBatch = 128;

    private readonly ConcurrentQueue<WriteOperation> _waiting = new();
    private readonly List<WriteOperation> _batch = new(MaxBatch);
    private int _writing;
    private int _closed;

    public Task<T> WriteAsync<T>(Func<StoreSession, T> work, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _closed) != 0)
        {
            return Task.FromException<T>(Closed());
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        var operation = new WriteOperation<T>(work, cancellationToken);
        _waiting.Enqueue(operation);
        if (Volatile.Read(ref _closed) != 0)
        {
            // Disposal may have swept the line before this write joined it.
            RejectWaiting();
        }
        else if (TryBecomeWriter())
        {
            try
            {
                ApplyBatch();
            }
            finally
            {
                HandOver();
            }
        }

        return operation.Task;
    }

    /// <summary>Lets the running batch finish, then fails every write still waiting; later writes fail at once.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        // The writer stops at its next batch boundary; taking its place for good keeps anyone else from starting.
        SpinWait.SpinUntil(TryBecomeWriter);
        RejectWaiting();
    }

    private static ObjectDisposedException Closed() => new(nameof(SqliteTableStore));

    private bool TryBecomeWriter() => Interlocked.CompareExchange(ref _writing, 1, 0) == 0;

    /// <summary>The writer's role passes to a worker while writes wait, so no caller works for others for long.</summary>
    private void HandOver()
    {
        while (true)
        {
            if (Volatile.Read(ref _closed) == 0 && !_waiting.IsEmpty)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static self => self.ApplyAll(), this, preferLocal: false);
                return;
            }

            Interlocked.Exchange(ref _writing, 0);

            // A write that joined just before the role was given up found it taken: look once more.
            if (_waiting.IsEmpty || Volatile.Read(ref _closed) != 0 || !TryBecomeWriter())
            {
                return;
            }
        }
    }

    private void ApplyAll()
    {
        try
        {
            while (Volatile.Read(ref _closed) == 0 && !_waiting.IsEmpty)
            {
                ApplyBatch();
            }
        }
        finally
        {
            HandOver();
        }
    }

    private void ApplyBatch()
    {
        while (_batch.Count < MaxBatch && _waiting.TryDequeue(out var operation))
        {
            if (operation.TryStart())
            {
                _batch.Add(operation);
            }
        }

        if (_batch.Count == 0)
        {
            return;
        }

        try
        {
            sharedConnection?.Wait();
            try
            {
                if (!TryApplyTogether())
                {
                    ApplyEachAlone();
                }
            }
            finally
            {
                sharedConnection?.Release();
            }
        }
        finally
        {
            foreach (var operation in _batch)
            {
                operation.Publish();
            }

            _batch.Clear();
        }
    }

    /// <summary>All in one transaction; false (rolled back) when SQLite failed, as opposed to an operation refusing its input.</summary>
    private bool TryApplyTogether()
    {
        var lastTicks = clock.LastTicks;

        // A write alone needs no savepoint: its refusal rolls back the whole transaction.
        var alone = _batch.Count == 1;
        try
        {
            session.Execute("BEGIN IMMEDIATE;");
            foreach (var operation in _batch)
            {
                if (!alone)
                {
                    session.Execute("SAVEPOINT write;");
                }

                try
                {
                    operation.Run(session);
                }
                catch (Exception e) when (e is RequestFailedException || session.InTransaction)
                {
                    // The operation's own refusal (or an error SQLite did not end the transaction for): undo only its part.
                    session.Execute(alone ? "ROLLBACK;" : "ROLLBACK TO write;");
                    operation.Fail(e);
                    if (alone)
                    {
                        return true;
                    }
                }

                if (!alone)
                {
                    session.Execute("RELEASE write;");
                }
            }

            SaveClock(lastTicks);
            session.Execute("COMMIT;");
            return true;
        }
        catch (Exception)
        {
            RollBack();
            return false;
        }
    }

    private void ApplyEachAlone()
    {
        foreach (var operation in _batch)
        {
            var lastTicks = clock.LastTicks;
            try
            {
                session.Execute("BEGIN IMMEDIATE;");
                operation.Run(session);
                SaveClock(lastTicks);
                session.Execute("COMMIT;");
            }
            catch (Exception e)
            {
                RollBack();
                operation.Fail(e);
            }
        }
    }

    // Persisted once per transaction, so a restart's clock starts past every committed write.
    private void SaveClock(long lastTicks)
    {
        if (clock.LastTicks != lastTicks)
        {
            StoreSchema.WriteLastTicks(session, clock.LastTicks);
        }
    }

    /// <summary>Ends whatever is left of the transaction; ids found in it may name tables that are now gone.</summary>
    private void RollBack()
    {
        session.ForgetTableIds();
        if (session.InTransaction)
        {
            try
            {
                session.Execute("ROLLBACK;");
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // Nothing more can be done here; the next BEGIN reports the connection's state to its caller.
            }
        }
    }

    private void RejectWaiting()
    {
        while (_waiting.TryDequeue(out var operation))
        {
            operation.Reject(Closed());
        }
    }
}
