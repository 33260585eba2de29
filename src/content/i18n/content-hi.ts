/**
 * The content catalogues in Hindi (issue #31): categories, claim titles, views and places, keyed
 * by their ids; the claims' summaries and the tour are in story-hi.ts. Each says what the
 * English says, no more and no less.
 */
import type { ContentTexts } from './types';

export const CONTENT_HI: ContentTexts = {
  categories: {
    defence: { label: 'रक्षा', description: 'हथियार, सैन्य लॉजिस्टिक्स और रक्षा खरीद।' },
    connectivity: { label: 'कनेक्टिविटी', description: 'भारत और रूस के बीच समुद्री मार्ग और जहाज़रानी।' },
    'energy-investment': {
      label: 'ऊर्जा और निवेश',
      description: 'निवेश के लक्ष्य, ऊर्जा परियोजनाएँ और रूस का सुदूर पूर्व।',
    },
    diplomacy: {
      label: 'कूटनीति',
      description: 'यात्रा, मंत्रियों की बैठकें, समझौते और नज़रिए के मतभेद।',
    },
  },
  claims: {
    'putin-visit': { title: 'पुतिन की भारत की छोटी यात्रा' },
    agreements: { title: 'छह क्षेत्रों में समझौतों की उम्मीद' },
    'ak-203': { title: 'AK-203 राइफ़लों का उत्पादन' },
    relos: { title: 'RELOS लॉजिस्टिक्स समझौता' },
    's-400': { title: 'S-400 और रणनीतिक स्वायत्तता' },
    'two-plus-two': { title: 'भारत–रूस की पहली 2+2 वार्ता' },
    'indo-pacific': { title: 'Quad और हिंद-प्रशांत पर मतभेद' },
    'chennai-vladivostok': { title: 'चेन्नई–व्लादिवोस्तोक समुद्री मार्ग' },
    'far-east-investment': { title: 'सुदूर पूर्व में भारतीय निवेश' },
    'vibrant-gujarat': { title: 'वाइब्रेंट गुजरात के लिए गवर्नरों को न्योता' },
    'investment-target': { title: 'निवेश लक्ष्य बढ़कर 50 अरब डॉलर' },
    ministers: { title: 'मंत्रियों की बैठकें और संयुक्त बयान' },
  },

  presets: {
    overview: {
      title: 'संपूर्ण दृश्य',
      description: 'भारत से रूस के सुदूर पूर्व तक: पूरा गलियारा और वे क्षेत्र जिन्हें यह जोड़ता है।',
    },
    corridor: {
      title: 'चेन्नई–व्लादिवोस्तोक गलियारा',
      description: 'चेन्नई से मलक्का होकर व्लादिवोस्तोक तक का पूर्वी समुद्री मार्ग।',
    },
    comparison: {
      title: 'गलियारा बनाम स्वेज़ मार्ग',
      description: 'पूर्वी गलियारा, और मुंबई से स्वेज़ होकर सेंट पीटर्सबर्ग तक का पश्चिमी मार्ग।',
    },
    malacca: {
      title: 'मलक्का जलडमरूमध्य',
      description: 'सुमात्रा और मलेशिया के बीच सिंगापुर तक गलियारे का संकरा रास्ता।',
    },
    'far-east': {
      title: 'रूस का सुदूर पूर्व',
      description: 'सुदूर पूर्वी संघीय ज़िले के 11 क्षेत्र, बुर्यातिया से चुकोत्का तक।',
    },
    vladivostok: {
      title: 'व्लादिवोस्तोक और प्रिमोर्स्की',
      description: 'गलियारे का पूर्वी छोर: व्लादिवोस्तोक और प्रिमोर्स्की क्षेत्र।',
    },
  },
  places: {
    'new-delhi': 'नई दिल्ली',
    chennai: 'चेन्नई',
    vladivostok: 'व्लादिवोस्तोक',
    gujarat: 'गुजरात',
    'russian-far-east': 'रूस का सुदूर पूर्व',
  },
};
