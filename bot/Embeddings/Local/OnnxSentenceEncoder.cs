using System.Buffers;

using FastBertTokenizer;

using Microsoft.ML.OnnxRuntime;

namespace ConnectorBot.Embeddings.Local;

/// <summary>
/// One sentence model on ONNX Runtime: WordPiece tokens in, L2-normalised vectors out. Texts are sorted by length and run
/// in batches padded only to their longest member, which is most of the speed on short answers. Thread-safe.
/// </summary>
public sealed class OnnxSentenceEncoder : IDisposable
{
    /// <summary>Longer answers are cut here: the models were trained on short passages and cost grows with the square.</summary>
    internal const int MaxTokens = 256;

    private const int BatchTokens = 1024;
    private const int MaxBatch = 64;

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer = new();
    private readonly RunOptions _runOptions = new();

    public OnnxSentenceEncoder(SentenceModel model, int threads)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        using (var vocabulary = model.Open("vocab.txt"))
        using (StreamReader reader = new(vocabulary))
        {
            _tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
        }

        byte[] graph;
        using (var stream = model.Open("model.onnx"))
        {
            graph = new byte[stream.Length];
            stream.ReadExactly(graph);
        }

        using Microsoft.ML.OnnxRuntime.SessionOptions options = new()
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = Math.Max(1, threads),
            InterOpNumThreads = 1,
            // The arena keeps the largest batch's buffers for the life of the process; without it memory follows the work.
            EnableCpuMemArena = false,
        };
        // Pre-packed weight copies would double the model's memory for a few percent of speed on these small models.
        options.AddSessionConfigEntry("session.disable_prepacking", "1");
        _session = new InferenceSession(graph, options);
        graph = [];

        // The 90 MB copy of the graph is garbage once the session holds the weights: hand its memory back to the system
        // now, once per model, rather than carrying it in the bot's working set until the next full collection.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Dimensions = _session.OutputMetadata["last_hidden_state"].Dimensions[^1];
    }

    public SentenceModel Model { get; }

    public int Dimensions { get; }

    /// <summary>Each text's vector, L2-normalised; an empty text gets a zero vector.</summary>
    public float[][] Encode(IReadOnlyList<string> texts, bool asQuery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new float[texts.Count][];
        List<(int Index, long[] Ids)> work = new(texts.Count);
        var scratch = ArrayPool<long>.Shared.Rent(MaxTokens);
        var mask = ArrayPool<long>.Shared.Rent(MaxTokens);
        try
        {
            for (var i = 0; i < texts.Count; i++)
            {
                var text = texts[i] ?? string.Empty;
                if (string.IsNullOrWhiteSpace(text))
                {
                    vectors[i] = new float[Dimensions];
                    continue;
                }

                var input = asQuery ? Model.QueryPrefix + text : text;
                var count = _tokenizer.Encode(input, scratch.AsSpan(0, MaxTokens), mask.AsSpan(0, MaxTokens));
                work.Add((i, scratch[..count]));
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(scratch);
            ArrayPool<long>.Shared.Return(mask);
        }

        work.Sort((x, y) => x.Ids.Length.CompareTo(y.Ids.Length));
        var from = 0;
        while (from < work.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var to = from;
            while (to < work.Count && to - from < MaxBatch && (to - from + 1) * work[to].Ids.Length <= BatchTokens)
            {
                to++;
            }

            to = Math.Max(to, from + 1);
            Run(work, from, to, vectors);
            from = to;
        }

        return vectors;
    }

    private void Run(List<(int Index, long[] Ids)> work, int from, int to, float[][] vectors)
    {
        var batch = to - from;
        var length = work[to - 1].Ids.Length;
        var ids = new long[batch * length];
        var mask = new long[batch * length];
        var types = new long[batch * length];
        for (var b = 0; b < batch; b++)
        {
            var row = work[from + b].Ids;
            row.CopyTo(ids, b * length);
            mask.AsSpan(b * length, row.Length).Fill(1);
        }

        long[] shape = [batch, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        Dictionary<string, OrtValue> inputs = new()
        {
            ["input_ids"] = idsValue,
            ["attention_mask"] = maskValue,
            ["token_type_ids"] = typesValue,
        };
        using var outputs = _session.Run(_runOptions, inputs, ["last_hidden_state"]);
        var states = outputs[0].GetTensorDataAsSpan<float>();
        var d = Dimensions;
        for (var b = 0; b < batch; b++)
        {
            var vector = new float[d];
            var tokens = work[from + b].Ids.Length;
            if (Model.Pooling == Pooling.Cls)
            {
                states.Slice(b * length * d, d).CopyTo(vector);
            }
            else
            {
                for (var t = 0; t < tokens; t++)
                {
                    System.Numerics.Tensors.TensorPrimitives.Add(vector, states.Slice(((b * length) + t) * d, d), vector);
                }
            }

            var norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
            if (norm > 0)
            {
                System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm, vector);
            }

            vectors[work[from + b].Index] = vector;
        }
    }

    public void Dispose()
    {
        _session.Dispose();
        _runOptions.Dispose();
    }
}
