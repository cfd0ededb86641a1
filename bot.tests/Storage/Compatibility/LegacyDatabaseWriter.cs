using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Storage;
using ConnectorBot.Storage.Embedded;
using ConnectorBot.Storage.Records;

namespace ConnectorBot.Tests.Storage.Compatibility;

// Temporary: run once with the pre-SDK code to write the compatibility database, then deleted.
public sealed class LegacyDatabaseWriter
{
    [Fact]
    public async Task Writes_the_legacy_database()
    {
        var path = Environment.GetEnvironmentVariable("LEGACY_DB_PATH");
        if (path is null)
        {
            return;
        }

        using (var store = new SqliteTableStore(path))
        {
            var tables = new TableSet(new TableServiceClient(store));
            var at = new DateTimeOffset(2026, 11, 2, 9, 30, 15, 123, TimeSpan.Zero).AddTicks(4567);
            await new ProfileStore(tables).UpdateAsync(
                new MemberKey("tenant-1", "member-a", "29:1a", "a:conv"),
                _ => new Profile
                {
                    TenantId = "tenant-1",
                    MemberId = "member-a",
                    Name = "Ada Lovelace",
                    Accomplish = "Ship the analytical engine",
                    ConnectWith = "Someone who knows looms",
                    OfferSkipped = true,
                    Consent = true,
                    ConsentChangedAt = at,
                    PausedUntil = DateTimeOffset.MaxValue,
                    Locale = "en-GB",
                    TimeZone = "Europe/London",
                    Chat = new PersonalChat("https://smba.example/emea/", "a:conv", "29:1a", "28:bot"),
                    AnsweredAt = at,
                    CreatedAt = at.AddDays(-3),
                },
                CancellationToken.None);
            await new TeamSettingsStore(tables).UpdateAsync("tenant-1", "19:team-1@thread.tacv2", _ => new TeamSettings
            {
                TenantId = "tenant-1",
                TeamId = "19:team-1@thread.tacv2",
                TeamName = "Engines",
                ServiceUrl = "https://smba.example/emea/",
                BotId = "28:bot",
                IntroChannelId = "19:general@thread.tacv2",
                Cadence = Cadence.Fortnightly,
                Day = DayOfWeek.Wednesday,
                Hour = 14,
                TimeZone = "Europe/London",
                IntrosPerMember = 2,
                CooldownDays = 30,
                Paused = true,
                Admins = ["member-a", "member-b"],
                InstalledAt = at.AddDays(-10),
                LastRoundAt = at,
            });
            var intro = new IntroRecord
            {
                TenantId = "tenant-1",
                TeamId = "19:team-1@thread.tacv2",
                RoundId = "20261102T0930",
                IntroId = "intro-1",
                Parties =
                [
                    new IntroParty { MemberId = "member-a", UserId = "29:1a", Name = "Ada Lovelace", Accomplish = "Ship it", Decision = Decision.Accepted },
                    new IntroParty { MemberId = "member-b", UserId = "29:1b", Name = "Charles Babbage", Outcome = MeetingOutcome.Met },
                ],
                Score = 0.8125,
                Reason = "Both build engines",
                State = IntroState.Posted,
                ServiceUrl = "https://smba.example/emea/",
                ChannelId = "19:general@thread.tacv2",
                ConversationId = "19:general@thread.tacv2;messageid=1",
                ActivityId = "1700000000000",
                CreatedAt = at,
                PostedAt = at.AddMinutes(1),
            };
            await new IntroStore(tables).AddManyAsync([intro]);
            await new OutboxStore(tables).EnqueueAsync(OutboxItem.For(intro, OutboxKind.FollowUp, "followup|intro-1", at, "member-b") with { Attempts = 2, NotBefore = at.AddHours(1), LastError = "429 TooManyRequests" });
            await new RoundStore(tables).TryAddAsync(new RoundRecord
            {
                TenantId = "tenant-1",
                TeamId = "19:team-1@thread.tacv2",
                RoundId = "20261102T0930",
                SlotAt = at,
                Members = 3,
                Intros = 1,
                FirstInLine = ["member-c"],
                CreatedAt = at,
            });
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.True(File.Exists(path));
    }
}
