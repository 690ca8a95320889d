"""Text stage: normalisation and segmentation of Vietnamese news text."""
