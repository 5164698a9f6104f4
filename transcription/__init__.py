"""livewatch transcription: audio in, timed simplified-Chinese text out. No database, web or rule code here.

One file per stage, like faster-whisper:
    source.open_audio(url)            ffmpeg → 16 kHz mono float32 AudioBlocks, live reconnects, states
    segmenter.Segmenter()             Silero VAD → Utterances (speech only)
    model.resolve_model_dir(...)      the bundled Whisper base model, joined and verified offline
    transcriber.Transcriber(dir)      faster-whisper int8 → TranscriptSegments with word timings
    clips.AudioRing / write_clip      evidence clips with SHA-256
"""
