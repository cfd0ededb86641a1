using System.Security.Cryptography;
using System.Text;

namespace ConnectorBot.Cli;

/// <summary>
/// Embeddings kept in a file between runs of `match` and `bench` (`--vectors FILE`), keyed by a hash of the model id, the
/// kind of text and the text itself: a second run over the same profiles embeds nothing. The file holds no text.
/// </summary>
public sealed class VectorCache
{
    private const int Magic = 0x43425643; // "CVBC"

    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly string? _path;
    private int _added;

    private VectorCache(string? path) => _path = path;

    public int Count => _vectors.Count;

    /// <summary>The cache in <paramref name="path"/> (empty when the file does not exist yet); null for none on disk.</summary>
    public static VectorCache Open(string? path)
    {
        VectorCache cache = new(path);
        if (path is null || !File.Exists(path))
        {
            return cache;
        }

        using BinaryReader reader = new(File.OpenRead(path));
        if (reader.BaseStream.Length < 4 || reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException($"{path} is not a vector cache written by this tool.");
        }

        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var key = reader.ReadString();
            var vector = new float[reader.ReadInt32()];
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] = reader.ReadSingle();
            }

            cache._vectors[key] = vector;
        }

        return cache;
    }

    public static string Key(string modelId, bool query, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(modelId + (query ? "\u001fq\u001f" : "\u001fp\u001f") + text)));

    public bool TryGet(string key, out float[] vector) => _vectors.TryGetValue(key, out vector!);

    public void Add(string key, float[] vector)
    {
        _vectors[key] = vector;
        _added++;
    }

    /// <summary>Writes the file again when something was added (to a temporary file first, so a crash keeps the old one).</summary>
    public void Save()
    {
        if (_path is null || _added == 0)
        {
            return;
        }

        var temporary = _path + ".tmp";
        using (BinaryWriter writer = new(File.Create(temporary)))
        {
            writer.Write(Magic);
            foreach ((var key, var vector) in _vectors)
            {
                writer.Write(key);
                writer.Write(vector.Length);
                foreach (var x in vector)
                {
                    writer.Write(x);
                }
            }
        }

        File.Move(temporary, _path, overwrite: true);
        _added = 0;
    }
}
