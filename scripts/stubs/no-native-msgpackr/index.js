throw new Error('msgpackr-extract stub: no native accelerator');
