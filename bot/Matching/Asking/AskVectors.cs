using ConnectorBot.Matching.Meaning;

namespace ConnectorBot.Matching.Asking;

/// <summary>
/// A team's sentence vectors, ready for asks: every member's ask, offer and goal as bytes with one scale each (as
/// <see cref="SentenceSpace"/> keeps them), and each offer's and goal's background, their cosines with a fixed
/// reference sample of the team's asks, so an offer that is a little close to every ask stops winning. Asks' own
/// backgrounds (for the give digest) are made on first use. Each model's segment is calibrated on its own.
/// </summary>
internal sealed class AskVectors
{
    /// <summary>Reference members for the backgrounds (all of them in a smaller team): a hundred-odd cosines give a good mean and spread.</summary>
    private const int ReferenceSize = MatchTuning.BackgroundSample + 1;

    private readonly int _parts;
    private readonly int _width;
    private readonly string _model;
    private readonly float[] _weights;
    private readonly bool[] _has;
    private readonly int[] _embedded;
    private readonly Stored _asks;
    private readonly Stored _offers;
    private readonly Stored _goals;
    private readonly int[] _reference;
    private readonly bool[] _inReference;
    private readonly Backdrop[] _offerColumns;
    private readonly Backdrop[] _goalColumns;
    private readonly double[] _floor;
    private readonly Lazy<(Backdrop[] Offers, Backdrop[] Goals)> _askRows;
    private readonly Lazy<FirstRow[]> _firstRows;

    private AskVectors(string model, int parts, int width, bool[] has, Stored asks, Stored offers, Stored goals)
    {
        _model = model;
        _parts = parts;
        _width = width;
        _has = has;
        _asks = asks;
        _offers = offers;
        _goals = goals;
        _weights = [.. Enumerable.Range(0, parts).Select(s => s == 0 ? 1f : (float)MatchTuning.OtherModelsWeight)];
        _embedded = [.. Enumerable.Range(0, has.Length).Where(m => has[m])];
        _reference = _embedded.Length <= ReferenceSize
            ? _embedded
            : [.. Enumerable.Range(0, ReferenceSize).Select(i => _embedded[(int)((long)i * _embedded.Length / ReferenceSize)])];
        _inReference = new bool[has.Length];
        foreach (var m in _reference)
        {
            _inReference[m] = true;
        }

        _offerColumns = Columns(_offers);
        _goalColumns = Columns(_goals);

        // Half the typical spread of an offer's background: a background of a few near-identical cosines would otherwise turn noise into large scores.
        _floor = new double[parts];
        for (var s = 0; s < parts; s++)
        {
            var variance = _embedded.Length == 0 ? 0 : _embedded.Average(m => _offerColumns[(m * parts) + s].Variance);
            _floor[s] = Math.Max(MatchTuning.MinimumSpread, 0.5 * Math.Sqrt(variance));
        }

        _askRows = new(() => (Rows(_offers), Rows(_goals)));
        _firstRows = new(FirstRows);
    }

    public int Embedded => _embedded.Length;

    public bool Has(int m) => _has[m];

    /// <summary>
    /// The team's vectors, or null when fewer than three members have vectors of one model (nothing to calibrate
    /// against). Members with vectors of another model or length count as having none.
    /// </summary>
    public static AskVectors? Build(IReadOnlyList<MatchProfile> members)
    {
        // The model most members were embedded with (ties by name), as a round picks it.
        var key = members.Where(p => p.Meaning is not null).GroupBy(p => Key(p.Meaning!))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        if (key is null)
        {
            return null;
        }

        var sample = members.First(p => p.Meaning is not null && Key(p.Meaning) == key).Meaning!;
        var parts = Math.Max(1, sample.Parts);
        var length = sample.Ask.Length;
        if (length == 0 || length % parts != 0)
        {
            return null;
        }

        var has = new bool[members.Count];
        for (var m = 0; m < members.Count; m++)
        {
            has[m] = members[m].Meaning is { } meaning && Key(meaning) == key && meaning.Offer.Length == length && meaning.Goal.Length == length;
        }

        if (has.Count(h => h) < 3)
        {
            return null;
        }

        var width = length / parts;
        Stored asks = new(members.Count, parts, width);
        Stored offers = new(members.Count, parts, width);
        Stored goals = new(members.Count, parts, width);
        Parallel.For(0, members.Count, m =>
        {
            if (has[m])
            {
                var meaning = members[m].Meaning!;
                asks.Write(m, meaning.Ask);
                offers.Write(m, meaning.Offer);
                goals.Write(m, meaning.Goal);
            }
        });

        return new AskVectors(key, parts, width, has, asks, offers, goals);
    }

    /// <summary>An ask's vectors as bytes, or null when they are of another model than the team's (or empty).</summary>
    public Query? Prepare(TextMeaning? meaning)
    {
        if (meaning is null || Key(meaning) != _model || meaning.Ask.Length != _parts * _width)
        {
            return null;
        }

        Stored ask = new(1, _parts, _width);
        ask.Write(0, meaning.Ask);
        return ask.Scales.All(s => s == 0) ? null : new Query(ask);
    }

    /// <summary>
    /// How well each member's offer (or goal) answers <paramref name="query"/>, in standard deviations above the ask's
    /// background (its cosines with every member's offers, or goals) and the member's own (their offer's cosines with
    /// the reference asks), per kind; NaN for members without vectors and for <paramref name="self"/>, the asker.
    /// </summary>
    public (double[] Offer, double[] Goal) Score(Query query, int self, AskTuning tuning)
    {
        var n = _has.Length;
        var offer = new double[n];
        var goal = new double[n];
        Array.Fill(offer, double.NaN);
        Array.Fill(goal, double.NaN);
        var offerCos = new float[n * _parts];
        var goalCos = new float[n * _parts];
        var storedOfferCos = new float[n * _parts];
        var storedGoalCos = new float[n * _parts];
        var leaveOutSelf = self >= 0 && _has[self] && _inReference[self];
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, _embedded.Length, 1024), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var b = _embedded[i];
                for (var s = 0; s < _parts; s++)
                {
                    offerCos[(b * _parts) + s] = query.Ask.Cosine(0, s, _offers, b);
                    goalCos[(b * _parts) + s] = query.Ask.Cosine(0, s, _goals, b);

                    // The asker's stored ask is in the helpers' backgrounds: left out, as a round leaves the pair out.
                    storedOfferCos[(b * _parts) + s] = leaveOutSelf ? _asks.Cosine(self, s, _offers, b) : 0;
                    storedGoalCos[(b * _parts) + s] = leaveOutSelf ? _asks.Cosine(self, s, _goals, b) : 0;
                }
            }
        });

        var offerRows = new Backdrop[_parts];
        var goalRows = new Backdrop[_parts];
        foreach (var b in _embedded)
        {
            if (b == self)
            {
                continue;
            }

            for (var s = 0; s < _parts; s++)
            {
                offerRows[s] = offerRows[s].With(offerCos[(b * _parts) + s]);
                goalRows[s] = goalRows[s].With(goalCos[(b * _parts) + s]);
            }
        }

        foreach (var b in _embedded)
        {
            if (b == self)
            {
                continue;
            }

            double offerSum = 0;
            double goalSum = 0;
            double weights = 0;
            for (var s = 0; s < _parts; s++)
            {
                var at = (b * _parts) + s;
                var offerColumn = leaveOutSelf ? _offerColumns[at].Without(storedOfferCos[at]) : _offerColumns[at];
                var goalColumn = leaveOutSelf ? _goalColumns[at].Without(storedGoalCos[at]) : _goalColumns[at];
                offerSum += _weights[s] * Calibrated(offerCos[at], offerRows[s].Without(offerCos[at]), offerColumn, s, tuning);
                goalSum += _weights[s] * Calibrated(goalCos[at], goalRows[s].Without(goalCos[at]), goalColumn, s, tuning);
                weights += _weights[s];
            }

            offer[b] = offerSum / weights;
            goal[b] = goalSum / weights;
        }

        return (offer, goal);
    }

    /// <summary>How well b's offer (or goal) answers member a's own stored ask, calibrated as <see cref="Score"/>; NaN without vectors.</summary>
    public (double Offer, double Goal) Direction(int a, int b, AskTuning tuning, int segments = int.MaxValue)
    {
        if (a == b || !_has[a] || !_has[b])
        {
            return (double.NaN, double.NaN);
        }

        (var offerRows, var goalRows) = _askRows.Value;
        double offerSum = 0;
        double goalSum = 0;
        double weights = 0;
        for (var s = 0; s < Math.Min(segments, _parts); s++)
        {
            var offerCos = _asks.Cosine(a, s, _offers, b);
            var goalCos = _asks.Cosine(a, s, _goals, b);
            offerSum += _weights[s] * Calibrated(offerCos, Leave(offerRows[(a * _parts) + s], offerCos, _inReference[b]), Leave(_offerColumns[(b * _parts) + s], offerCos, _inReference[a]), s, tuning);
            goalSum += _weights[s] * Calibrated(goalCos, Leave(goalRows[(a * _parts) + s], goalCos, _inReference[b]), Leave(_goalColumns[(b * _parts) + s], goalCos, _inReference[a]), s, tuning);
            weights += _weights[s];
        }

        return (offerSum / weights, goalSum / weights);
    }

    /// <summary>
    /// The asks that helper h's offer or goal answers best on the first model's calibrated score (the pair left in the
    /// backgrounds, which the full score then leaves out): a byte-vector scan of every ask, for the digest's shortlist.
    /// </summary>
    public int[] NearestAsks(int h, int count, AskTuning tuning)
    {
        if (!_has[h] || count <= 0)
        {
            return [];
        }

        var rows = _firstRows.Value;
        (var offerColumnShift, var offerColumnScale) = Standardise(_offerColumns[h * _parts], 0);
        (var goalColumnShift, var goalColumnScale) = Standardise(_goalColumns[h * _parts], 0);
        var c = (float)tuning.ColumnShare;
        var goalWeight = (float)tuning.GoalWeight;
        var offerScale = _offers.Scales[h * _parts];
        var goalScale = _goals.Scales[h * _parts];
        ReadOnlySpan<sbyte> offer = _offers.Values.AsSpan(h * _parts * _width, _width);
        ReadOnlySpan<sbyte> goal = _goals.Values.AsSpan(h * _parts * _width, _width);
        var top = new int[count];
        var topScores = new float[count];
        var kept = 0;
        foreach (var m in _embedded)
        {
            if (m == h)
            {
                continue;
            }

            ReadOnlySpan<sbyte> ask = _asks.Values.AsSpan(m * _parts * _width, _width);
            var askScale = _asks.Scales[m * _parts];
            var offerCos = askScale * offerScale * Quantised.Dot(ask, offer);
            var goalCos = askScale * goalScale * Quantised.Dot(ask, goal);
            var row = rows[m];
            var offerZ = ((1 - c) * ((offerCos * row.OfferScale) - row.OfferShift)) + (c * ((offerCos * offerColumnScale) - offerColumnShift));
            var goalZ = ((1 - c) * ((goalCos * row.GoalScale) - row.GoalShift)) + (c * ((goalCos * goalColumnScale) - goalColumnShift));
            var score = Math.Max(offerZ, goalWeight * goalZ);
            if (kept == count && score <= topScores[kept - 1])
            {
                continue;
            }

            var at = Math.Min(kept, count - 1);
            while (at > 0 && score > topScores[at - 1])
            {
                top[at] = top[at - 1];
                topScores[at] = topScores[at - 1];
                at--;
            }

            top[at] = m;
            topScores[at] = score;
            kept = Math.Min(kept + 1, count);
        }

        return top[..kept];
    }

    /// <summary>A background as z = cosine · scale − shift.</summary>
    private (float Shift, float Scale) Standardise(Backdrop background, int segment)
    {
        var scale = 1 / Math.Max(Math.Sqrt(background.Variance), _floor[segment]);
        return ((float)(background.Mean * scale), (float)scale);
    }

    /// <summary>Each member's ask backgrounds in the first model, standardised, for the digest's scan.</summary>
    private FirstRow[] FirstRows()
    {
        (var offers, var goals) = _askRows.Value;
        var rows = new FirstRow[_has.Length];
        foreach (var m in _embedded)
        {
            (var offerShift, var offerScale) = Standardise(offers[m * _parts], 0);
            (var goalShift, var goalScale) = Standardise(goals[m * _parts], 0);
            rows[m] = new FirstRow(offerShift, offerScale, goalShift, goalScale);
        }

        return rows;
    }

    private readonly record struct FirstRow(float OfferShift, float OfferScale, float GoalShift, float GoalScale);

    private static Backdrop Leave(Backdrop background, double cosine, bool counted) => counted ? background.Without(cosine) : background;

    private double Calibrated(double cosine, Backdrop row, Backdrop column, int segment, AskTuning tuning) =>
        ((1 - tuning.ColumnShare) * row.Z(cosine, _floor[segment])) + (tuning.ColumnShare * column.Z(cosine, _floor[segment]));

    /// <summary>Each member's offers (or goals) against the reference asks.</summary>
    private Backdrop[] Columns(Stored gives)
    {
        var columns = new Backdrop[_has.Length * _parts];
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, _embedded.Length, 256), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var m = _embedded[i];
                for (var s = 0; s < _parts; s++)
                {
                    Backdrop column = default;
                    foreach (var r in _reference)
                    {
                        if (r != m)
                        {
                            column = column.With(_asks.Cosine(r, s, gives, m));
                        }
                    }

                    columns[(m * _parts) + s] = column;
                }
            }
        });
        return columns;
    }

    /// <summary>Each member's ask against the reference offers (or goals).</summary>
    private Backdrop[] Rows(Stored gives)
    {
        var rows = new Backdrop[_has.Length * _parts];
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, _embedded.Length, 256), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var m = _embedded[i];
                for (var s = 0; s < _parts; s++)
                {
                    Backdrop row = default;
                    foreach (var r in _reference)
                    {
                        if (r != m)
                        {
                            row = row.With(_asks.Cosine(m, s, gives, r));
                        }
                    }

                    rows[(m * _parts) + s] = row;
                }
            }
        });
        return rows;
    }

    private static string Key(TextMeaning m) => m.Model + "\u001f" + Math.Max(1, m.Parts) + "\u001f" + m.Ask.Length;

    /// <summary>An ask typed now, as bytes.</summary>
    internal sealed class Query(Stored ask)
    {
        public Stored Ask { get; } = ask;
    }

    /// <summary>One kind of vector (asks, offers or goals) of every member, as bytes with one scale per member and segment.</summary>
    internal sealed class Stored(int members, int parts, int width)
    {
        public sbyte[] Values { get; } = new sbyte[members * parts * width];

        public float[] Scales { get; } = new float[members * parts];

        public void Write(int m, float[] vector)
        {
            for (var s = 0; s < parts; s++)
            {
                Scales[(m * parts) + s] = Quantised.Write(vector.AsSpan(s * width, width), Values.AsSpan(((m * parts) + s) * width, width));
            }
        }

        /// <summary>The cosine of this kind's vector of <paramref name="a"/> and <paramref name="other"/>'s of <paramref name="b"/>, in one segment.</summary>
        public float Cosine(int a, int segment, Stored other, int b)
        {
            var x = Values.AsSpan(((a * parts) + segment) * width, width);
            var y = other.Values.AsSpan(((b * parts) + segment) * width, width);
            return Scales[(a * parts) + segment] * other.Scales[(b * parts) + segment] * Quantised.Dot(x, y);
        }
    }
}
